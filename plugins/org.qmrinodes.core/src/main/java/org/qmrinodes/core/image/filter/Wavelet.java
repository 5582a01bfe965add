package org.qmrinodes.core.image.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A discrete wavelet's decomposition filter bank as PyWavelets defines it ({@code pywt.Wavelet(name)
 * .dec_lo}, {@code .dec_hi}), for every discrete wavelet PyWavelets names: {@code haar}, {@code db1}–
 * {@code db38}, {@code sym2}–{@code sym20}, {@code coif1}–{@code coif17}, {@code bior}/{@code rbio}
 * N.M and {@code dmey}. The coefficients are PyWavelets' own, written into the resource
 * {@code wavelets.csv} by {@code validation/radiomics/make_wavelets.py}. Immutable.
 */
public final class Wavelet {

    private static final String RESOURCE = "wavelets.csv";
    private static volatile Map<String, Wavelet> known;

    private final String name;
    private final double[] lowPass;
    private final double[] highPass;

    private Wavelet(final String name, final double[] lowPass, final double[] highPass) {
        this.name = name;
        this.lowPass = lowPass;
        this.highPass = highPass;
    }

    /**
     * @param name a PyWavelets wavelet name, e.g. {@code coif1}
     * @return that wavelet
     * @throws IllegalArgumentException when PyWavelets has no discrete wavelet of that name, naming the known ones
     */
    public static Wavelet named(final String name) {
        final Wavelet w = all().get(name);
        if (w == null) {
            throw new IllegalArgumentException("unknown wavelet '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return w;
    }

    /** @return the names of the known wavelets, in PyWavelets' order */
    public static List<String> names() {
        return List.copyOf(all().keySet());
    }

    /** @return the name, e.g. {@code coif1} */
    public String name() {
        return name;
    }

    /** @return the decomposition low-pass filter h (a new array) */
    public double[] lowPass() {
        return lowPass.clone();
    }

    /** @return the decomposition high-pass filter g (a new array) */
    public double[] highPass() {
        return highPass.clone();
    }

    /** @return the filter length */
    public int length() {
        return lowPass.length;
    }

    @Override
    public String toString() {
        return "Wavelet[" + name + ", " + lowPass.length + " taps]";
    }

    private static Map<String, Wavelet> all() {
        Map<String, Wavelet> m = known;
        if (m == null) {
            m = load();
            known = m;
        }
        return m;
    }

    private static Map<String, Wavelet> load() {
        final Map<String, Wavelet> out = new LinkedHashMap<>();
        try (InputStream in = Wavelet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the wavelet table " + RESOURCE + " is missing from the library");
            }
            final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                final String[] fields = line.split(",");
                out.put(fields[0], new Wavelet(fields[0], numbers(fields[1]), numbers(fields[2])));
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    private static double[] numbers(final String field) {
        return Arrays.stream(field.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
