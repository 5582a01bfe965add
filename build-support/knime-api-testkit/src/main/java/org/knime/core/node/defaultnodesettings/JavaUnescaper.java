package org.knime.core.node.defaultnodesettings;

/** Test-kit internal: resolves Java string escape sequences. */
final class JavaUnescaper {

    private JavaUnescaper() {
    }

    static String unescape(final String s) {
        if (s == null || s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't':
                    b.append('\t');
                    break;
                case 'n':
                    b.append('\n');
                    break;
                case 'r':
                    b.append('\r');
                    break;
                case 'b':
                    b.append('\b');
                    break;
                case 'f':
                    b.append('\f');
                    break;
                case 'u':
                    String hex = s.substring(i + 1, Math.min(s.length(), i + 5));
                    if (hex.length() == 4 && hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                        b.append((char)Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        b.append('\\').append(n);
                    }
                    break;
                default:
                    b.append(n); // covers \\ \" \' and unknown escapes
            }
        }
        return b.toString();
    }
}
