package org.knime.core.node.util.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Test-kit stand-in for the KNIME class of the same name: an include/exclude list filter with an "enforce" option
 * for names not in either list, optionally switchable to a pattern filter. Persisted as a sub config named after
 * the root name with {@code filter-type}, {@code included_names}, {@code excluded_names}, {@code enforce_option}
 * and {@code name_pattern}.
 */
public class NameFilterConfiguration implements Cloneable {

    /** Mask bit enabling the pattern filter. */
    public static final int FILTER_BY_NAMEPATTERN = 1 << 0;

    /** Type identifier of the include/exclude list filter. */
    protected static final String TYPE = "STANDARD";

    private static final String KEY_INCLUDED_NAMES = "included_names";

    private static final String KEY_EXCLUDED_NAMES = "excluded_names";

    private static final String KEY_ENFORCE_OPTION = "enforce_option";

    private static final String KEY_FILTER_TYPE = "filter-type";

    private static final String[] NONE = new String[0];

    private final String m_configRootName;

    private final boolean m_patternFilterEnabled;

    private String[] m_includeList = NONE;

    private String[] m_excludeList = NONE;

    private String[] m_removedFromIncludeList = NONE;

    private String[] m_removedFromExcludeList = NONE;

    private EnforceOption m_enforceOption = EnforceOption.EnforceExclusion;

    private String m_type = TYPE;

    private PatternFilterConfiguration m_patternConfig;

    /** What happens to names that are in neither list. */
    public enum EnforceOption {
        /** Only listed includes are included; new names are excluded. */
        EnforceInclusion,
        /** Only listed excludes are excluded; new names are included. */
        EnforceExclusion;

        /**
         * @param name enum name
         * @return the option
         * @throws InvalidSettingsException if unknown
         */
        public static EnforceOption parse(final String name) throws InvalidSettingsException {
            try {
                return valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidSettingsException("Can't parse enforce option: " + name, e);
            }
        }

        /**
         * @param name enum name
         * @param defaultOption fallback
         * @return the option or the fallback
         */
        public static EnforceOption parse(final String name, final EnforceOption defaultOption) {
            try {
                return parse(name);
            } catch (InvalidSettingsException e) {
                return defaultOption;
            }
        }
    }

    /** The result of applying a filter to a list of names. */
    public static class FilterResult {

        private final String[] m_incls;

        private final String[] m_excls;

        private final String[] m_removedFromIncludes;

        private final String[] m_removedFromExcludes;

        /**
         * @param incls included names
         * @param excls excluded names
         * @param removedFromIncludes configured includes not present in the input
         * @param removedFromExcludes configured excludes not present in the input
         */
        public FilterResult(final List<String> incls, final List<String> excls,
            final List<String> removedFromIncludes, final List<String> removedFromExcludes) {
            this(incls.toArray(NONE), excls.toArray(NONE), removedFromIncludes.toArray(NONE),
                removedFromExcludes.toArray(NONE));
        }

        /**
         * @param incls included names
         * @param excls excluded names
         * @param removedFromIncludes configured includes not present in the input
         * @param removedFromExcludes configured excludes not present in the input
         */
        protected FilterResult(final String[] incls, final String[] excls, final String[] removedFromIncludes,
            final String[] removedFromExcludes) {
            m_incls = incls;
            m_excls = excls;
            m_removedFromIncludes = removedFromIncludes;
            m_removedFromExcludes = removedFromExcludes;
        }

        /** @return configured includes not present in the input */
        public String[] getRemovedFromIncludes() {
            return m_removedFromIncludes;
        }

        /** @return configured excludes not present in the input */
        public String[] getRemovedFromExcludes() {
            return m_removedFromExcludes;
        }

        /** @return included names in input order */
        public String[] getIncludes() {
            return m_incls;
        }

        /** @return excluded names in input order */
        public String[] getExcludes() {
            return m_excls;
        }
    }

    /** @param configRootName key of the sub settings */
    public NameFilterConfiguration(final String configRootName) {
        this(configRootName, FILTER_BY_NAMEPATTERN);
    }

    /**
     * @param configRootName key of the sub settings
     * @param filterEnableMask enabled filter kinds
     */
    public NameFilterConfiguration(final String configRootName, final int filterEnableMask) {
        if (configRootName == null || configRootName.isEmpty()) {
            throw new IllegalArgumentException("Config name must not be null or empty.");
        }
        m_configRootName = configRootName;
        m_patternFilterEnabled = (filterEnableMask & FILTER_BY_NAMEPATTERN) != 0;
        m_patternConfig = createPatternConfig();
    }

    /**
     * @param settings parent settings containing the sub settings
     * @throws InvalidSettingsException if incomplete or invalid
     */
    public final void loadConfigurationInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO sub = settings.getNodeSettings(m_configRootName);
        String type = sub.getString(KEY_FILTER_TYPE);
        if (type == null || !verifyType(type)) {
            throw new InvalidSettingsException("Invalid type: " + type);
        }
        m_type = type;
        m_enforceOption = EnforceOption.parse(sub.getString(KEY_ENFORCE_OPTION));
        m_includeList = Objects.requireNonNullElse(sub.getStringArray(KEY_INCLUDED_NAMES), NONE);
        m_excludeList = Objects.requireNonNullElse(sub.getStringArray(KEY_EXCLUDED_NAMES), NONE);
        try {
            m_patternConfig.loadConfigurationInModel(sub.getNodeSettings(PatternFilterConfiguration.TYPE));
        } catch (InvalidSettingsException e) {
            if (PatternFilterConfiguration.TYPE.equals(m_type)) {
                throw e;
            }
        }
        loadConfigurationInModelChild(sub);
    }

    /** @param settings the sub settings @throws InvalidSettingsException if invalid */
    protected void loadConfigurationInModelChild(final NodeSettingsRO settings) throws InvalidSettingsException {
        // for subclasses
    }

    /** @param settings parent settings receiving the sub settings */
    public final void saveConfiguration(final NodeSettingsWO settings) {
        NodeSettingsWO sub = settings.addNodeSettings(m_configRootName);
        sub.addString(KEY_FILTER_TYPE, m_type);
        sub.addStringArray(KEY_INCLUDED_NAMES, m_enforceOption == EnforceOption.EnforceInclusion
            ? concat(m_includeList, m_removedFromIncludeList) : m_includeList);
        sub.addStringArray(KEY_EXCLUDED_NAMES, m_enforceOption == EnforceOption.EnforceExclusion
            ? concat(m_excludeList, m_removedFromExcludeList) : m_excludeList);
        sub.addString(KEY_ENFORCE_OPTION, m_enforceOption.name());
        m_patternConfig.saveConfiguration(sub.addNodeSettings(PatternFilterConfiguration.TYPE));
        saveConfigurationChild(sub);
    }

    private static String[] concat(final String[] a, final String[] b) {
        String[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** @param settings the sub settings */
    protected void saveConfigurationChild(final NodeSettingsWO settings) {
        // for subclasses
    }

    /** @return the key of the sub settings */
    public final String getConfigRootName() {
        return m_configRootName;
    }

    /** @return whether the pattern filter may be selected */
    public final boolean isPatternFilterEnabled() {
        return m_patternFilterEnabled;
    }

    /**
     * @param names all names
     * @param includeByDefault whether they are included (enforce exclusion) or excluded (enforce inclusion)
     */
    protected void loadDefaults(final String[] names, final boolean includeByDefault) {
        if (includeByDefault) {
            m_includeList = names.clone();
            m_enforceOption = EnforceOption.EnforceExclusion;
        } else {
            m_excludeList = names.clone();
            m_enforceOption = EnforceOption.EnforceInclusion;
        }
    }

    /**
     * @param includes include list (may be null)
     * @param excludes exclude list (may be null)
     * @param enforceOption enforce option
     */
    public void loadDefaults(final String[] includes, final String[] excludes, final EnforceOption enforceOption) {
        if (enforceOption == null) {
            throw new IllegalArgumentException("must not be null");
        }
        String[] in = includes == null ? NONE : includes.clone();
        String[] ex = excludes == null ? NONE : excludes.clone();
        Set<String> inSet = new HashSet<>(Arrays.asList(in));
        if (inSet.size() != in.length) {
            throw new IllegalArgumentException("Include list contains duplicates: " + Arrays.toString(in));
        }
        if (inSet.contains(null) || Arrays.asList(ex).contains(null)) {
            throw new IllegalArgumentException("Lists must not contain null");
        }
        inSet.retainAll(Arrays.asList(ex));
        if (!inSet.isEmpty()) {
            throw new IllegalArgumentException("Arrays not disjoint: " + inSet);
        }
        m_includeList = in;
        m_excludeList = ex;
        m_enforceOption = enforceOption;
        m_type = TYPE;
    }

    /**
     * @param settings parent settings (missing values fall back to defaults)
     * @param names names currently available
     */
    protected final void loadConfigurationInDialog(final NodeSettingsRO settings, final String[] names) {
        NodeSettingsRO sub;
        try {
            sub = settings.getNodeSettings(m_configRootName);
        } catch (InvalidSettingsException e) {
            sub = new NodeSettings("empty");
        }
        String type = sub.getString(KEY_FILTER_TYPE, TYPE);
        m_type = type == null || !verifyType(type) ? TYPE : type;
        m_includeList = Objects.requireNonNullElse(sub.getStringArray(KEY_INCLUDED_NAMES, NONE), NONE);
        m_excludeList = Objects.requireNonNullElse(sub.getStringArray(KEY_EXCLUDED_NAMES, NONE), NONE);
        m_enforceOption =
            EnforceOption.parse(sub.getString(KEY_ENFORCE_OPTION, null), EnforceOption.EnforceExclusion);
        NodeSettingsRO pattern;
        try {
            pattern = sub.getNodeSettings(PatternFilterConfiguration.TYPE);
        } catch (InvalidSettingsException e) {
            pattern = new NodeSettings("empty");
        }
        m_patternConfig.loadConfigurationInDialog(pattern);
        String keep = m_type;
        m_type = TYPE;
        FilterResult r = applyTo(names);
        m_type = keep;
        m_includeList = r.getIncludes();
        m_excludeList = r.getExcludes();
        if (m_enforceOption == EnforceOption.EnforceInclusion) {
            m_removedFromIncludeList = r.getRemovedFromIncludes();
        } else {
            m_removedFromExcludeList = r.getRemovedFromExcludes();
        }
        loadConfigurationInDialogChild(sub, names);
    }

    /** @param settings the sub settings @param names names currently available */
    protected void loadConfigurationInDialogChild(final NodeSettingsRO settings, final String[] names) {
        // for subclasses
    }

    /** @param names candidate names @return the filter result */
    protected FilterResult applyTo(final String[] names) {
        if (PatternFilterConfiguration.TYPE.equals(m_type)) {
            return m_patternConfig.applyTo(names);
        }
        if (!TYPE.equals(m_type)) {
            throw new IllegalStateException("Unsupported filter type: " + m_type);
        }
        Set<String> incl = new LinkedHashSet<>(Arrays.asList(concat(m_includeList, m_removedFromIncludeList)));
        Set<String> excl = new LinkedHashSet<>(Arrays.asList(concat(m_excludeList, m_removedFromExcludeList)));
        List<String> in = new ArrayList<>();
        List<String> ex = new ArrayList<>();
        for (String n : names) {
            if (incl.remove(n)) {
                excl.remove(n);
                in.add(n);
            } else if (excl.remove(n)) {
                ex.add(n);
            } else if (m_enforceOption == EnforceOption.EnforceExclusion) {
                in.add(n);
            } else {
                ex.add(n);
            }
        }
        return new FilterResult(in, ex, new ArrayList<>(incl), new ArrayList<>(excl));
    }

    /** @return the include list */
    protected String[] getIncludeList() {
        return m_includeList;
    }

    /** @param includeList the include list */
    protected void setIncludeList(final String[] includeList) {
        m_includeList = includeList;
    }

    /** @return the exclude list */
    protected String[] getExcludeList() {
        return m_excludeList;
    }

    /** @param excludeList the exclude list */
    protected void setExcludeList(final String[] excludeList) {
        m_excludeList = excludeList;
    }

    /** @return configured includes missing in the last input */
    protected String[] getRemovedFromIncludeList() {
        return m_removedFromIncludeList;
    }

    /** @param removedFromIncludeList configured includes missing in the last input */
    protected void setRemovedFromIncludeList(final String[] removedFromIncludeList) {
        m_removedFromIncludeList = removedFromIncludeList;
    }

    /** @return configured excludes missing in the last input */
    protected String[] getRemovedFromExcludeList() {
        return m_removedFromExcludeList;
    }

    /** @param removedFromExcludeList configured excludes missing in the last input */
    protected void setRemovedFromExcludeList(final String[] removedFromExcludeList) {
        m_removedFromExcludeList = removedFromExcludeList;
    }

    /** @return the enforce option */
    protected EnforceOption getEnforceOption() {
        return m_enforceOption;
    }

    /** @param enforceOption the enforce option */
    protected void setEnforceOption(final EnforceOption enforceOption) {
        m_enforceOption = enforceOption;
    }

    /** @return whether new names are excluded */
    public boolean isEnforceInclusion() {
        return m_enforceOption == EnforceOption.EnforceInclusion;
    }

    /** @return whether new names are included */
    public boolean isEnforceExclusion() {
        return m_enforceOption == EnforceOption.EnforceExclusion;
    }

    /** @return the current filter type identifier */
    protected final String getType() {
        return m_type;
    }

    /** @param type a type identifier @return whether this configuration supports it */
    protected boolean verifyType(final String type) {
        return TYPE.equals(type) || (m_patternFilterEnabled && PatternFilterConfiguration.TYPE.equals(type));
    }

    /** @return the pattern filter configuration */
    protected final PatternFilterConfiguration getPatternConfig() {
        return m_patternConfig;
    }

    /** @return a new pattern filter configuration */
    protected PatternFilterConfiguration createPatternConfig() {
        return new PatternFilterConfiguration();
    }

    @Override
    public boolean equals(final Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        NameFilterConfiguration o = (NameFilterConfiguration)obj;
        return m_configRootName.equals(o.m_configRootName) && m_enforceOption == o.m_enforceOption
            && Arrays.equals(m_includeList, o.m_includeList) && Arrays.equals(m_excludeList, o.m_excludeList)
            && Arrays.equals(m_removedFromIncludeList, o.m_removedFromIncludeList)
            && Arrays.equals(m_removedFromExcludeList, o.m_removedFromExcludeList) && m_type.equals(o.m_type)
            && m_patternConfig.equals(o.m_patternConfig);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_configRootName, m_enforceOption, m_type, Arrays.hashCode(m_includeList),
            Arrays.hashCode(m_excludeList), m_patternConfig);
    }

    @Override
    public String toString() {
        if (PatternFilterConfiguration.TYPE.equals(m_type)) {
            return m_patternConfig.toString();
        }
        return "Includes: " + String.join(", ", m_includeList) + "\nExcludes: " + String.join(", ", m_excludeList);
    }

    @Override
    protected NameFilterConfiguration clone() {
        try {
            NameFilterConfiguration c = (NameFilterConfiguration)super.clone();
            c.m_includeList = m_includeList.clone();
            c.m_excludeList = m_excludeList.clone();
            c.m_patternConfig = m_patternConfig.clone();
            return c;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
