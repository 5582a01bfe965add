package org.knime.core.node.util.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Test-kit stand-in for the KNIME class of the same name: include/exclude by wildcard or regular expression.
 * Settings keys: {@code pattern}, {@code type} (Wildcard|Regex), {@code caseSensitive}, {@code excludeMatching}.
 */
public class PatternFilterConfiguration implements Cloneable {

    /** Filter type identifier and key of the sub settings. */
    public static final String TYPE = "name_pattern";

    private static final String WILDCARD = "Wildcard";

    private static final String REGEX = "Regex";

    private String m_pattern = "";

    private String m_type = WILDCARD;

    private boolean m_caseSensitive = true;

    private boolean m_excludeMatching;

    /** Creates the default configuration (empty wildcard, case sensitive). */
    protected PatternFilterConfiguration() {
    }

    /**
     * @param settings sub settings
     * @throws InvalidSettingsException if incomplete or the pattern is invalid
     */
    protected void loadConfigurationInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        String pattern = settings.getString("pattern");
        if (pattern == null) {
            throw new InvalidSettingsException("Pattern must not be null");
        }
        String type = settings.getString("type");
        if (!WILDCARD.equals(type) && !REGEX.equals(type)) {
            throw new InvalidSettingsException("Illegal pattern type: " + type);
        }
        boolean cs = settings.getBoolean("caseSensitive");
        boolean ex = settings.getBoolean("excludeMatching", false);
        try {
            compile(pattern, type, cs);
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingsException("The pattern is invalid", e);
        }
        m_pattern = pattern;
        m_type = type;
        m_caseSensitive = cs;
        m_excludeMatching = ex;
    }

    /** @param settings sub settings; missing values fall back to defaults */
    protected void loadConfigurationInDialog(final NodeSettingsRO settings) {
        String p = settings.getString("pattern", "");
        m_pattern = p == null ? "" : p;
        String t = settings.getString("type", WILDCARD);
        m_type = REGEX.equals(t) ? REGEX : WILDCARD;
        m_caseSensitive = settings.getBoolean("caseSensitive", true);
        m_excludeMatching = settings.getBoolean("excludeMatching", false);
    }

    /** @param settings sub settings to write */
    protected void saveConfiguration(final NodeSettingsWO settings) {
        settings.addString("pattern", m_pattern);
        settings.addString("type", m_type);
        settings.addBoolean("caseSensitive", m_caseSensitive);
        settings.addBoolean("excludeMatching", m_excludeMatching);
    }

    /** @param names candidate names @return matching names as includes (or excludes if inverted) */
    public FilterResult applyTo(final String[] names) {
        Pattern p = compile(m_pattern, m_type, m_caseSensitive);
        List<String> match = new ArrayList<>();
        List<String> noMatch = new ArrayList<>();
        for (String n : names) {
            (p.matcher(n).matches() ? match : noMatch).add(n);
        }
        List<String> none = new ArrayList<>();
        return m_excludeMatching ? new FilterResult(noMatch, match, none, none)
            : new FilterResult(match, noMatch, none, none);
    }

    private static Pattern compile(final String pattern, final String type, final boolean caseSensitive) {
        String regex = WILDCARD.equals(type) ? wildcardToRegex(pattern) : pattern;
        return caseSensitive ? Pattern.compile(regex)
            : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String wildcardToRegex(final String wildcard) {
        StringBuilder b = new StringBuilder();
        for (char c : wildcard.toCharArray()) {
            if (c == '*') {
                b.append(".*");
            } else if (c == '?') {
                b.append('.');
            } else if ("\\^$[]{}()|+.".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_pattern, m_type, m_caseSensitive, m_excludeMatching);
    }

    @Override
    public boolean equals(final Object obj) {
        if (!(obj instanceof PatternFilterConfiguration) || obj.getClass() != getClass()) {
            return false;
        }
        PatternFilterConfiguration o = (PatternFilterConfiguration)obj;
        return m_pattern.equals(o.m_pattern) && m_type.equals(o.m_type) && m_caseSensitive == o.m_caseSensitive
            && m_excludeMatching == o.m_excludeMatching;
    }

    @Override
    public String toString() {
        return "(" + m_type + " - " + (m_caseSensitive ? "" : "not ") + "case sensitive - "
            + (m_excludeMatching ? "exclude" : "include") + " matching): " + m_pattern;
    }

    @Override
    protected PatternFilterConfiguration clone() {
        try {
            return (PatternFilterConfiguration)super.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
