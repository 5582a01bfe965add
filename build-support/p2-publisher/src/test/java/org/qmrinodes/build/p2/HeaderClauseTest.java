package org.qmrinodes.build.p2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderClauseTest {

    @Test
    void quotedRangesKeepTheirCommas() {
        List<HeaderClause> clauses = HeaderClause.parse(
                "org.knime.core;bundle-version=\"[5.0.0,6.0.0)\",org.qmrinodes.core;bundle-version=\"0.1.0\"");
        assertEquals(2, clauses.size());
        assertEquals(List.of("org.knime.core"), clauses.get(0).names());
        assertEquals("[5.0.0,6.0.0)", clauses.get(0).attribute("bundle-version"));
        assertEquals("org.qmrinodes.core", clauses.get(1).names().get(0));
        assertEquals("0.1.0", clauses.get(1).attribute("bundle-version"));
    }

    @Test
    void directivesAreSeparatedFromAttributes() {
        HeaderClause clause = HeaderClause.parse(
                "org.w3c.dom;version=\"[1.0,2)\";resolution:=optional").get(0);
        assertEquals("[1.0,2)", clause.attribute("version"));
        assertEquals("optional", clause.directive("resolution"));
        assertTrue(clause.isOptional());
        assertFalse(clause.attributes().containsKey("resolution"));

        HeaderClause bsn = HeaderClause.parse("org.qmrinodes.knime;singleton:=true").get(0);
        assertEquals("true", bsn.directive("singleton"));
        assertTrue(bsn.attributes().isEmpty());
    }

    @Test
    void usesDirectiveWithQuotedCommaListDoesNotSplitTheClause() {
        List<HeaderClause> clauses = HeaderClause.parse("a.b;uses:=\"c.d,e.f\";version=\"1.2.3\",g.h");
        assertEquals(2, clauses.size());
        assertEquals("c.d,e.f", clauses.get(0).directive("uses"));
        assertEquals("1.2.3", clauses.get(0).attribute("version"));
        assertEquals(List.of("g.h"), clauses.get(1).names());
    }

    @Test
    void severalNamesShareParametersAndTypedAttributesLoseTheirType() {
        HeaderClause clause = HeaderClause.parse(" p.one ; p.two ;version:Version=\"2.0\" ").get(0);
        assertEquals(List.of("p.one", "p.two"), clause.names());
        assertEquals("2.0", clause.attribute("version"));
    }

    @Test
    void blankAndEmptyClausesAreIgnored() {
        assertTrue(HeaderClause.parse(null).isEmpty());
        assertTrue(HeaderClause.parse("  ").isEmpty());
        assertEquals(2, HeaderClause.parse("a,,b,").size());
    }

    @Test
    void malformedHeadersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> HeaderClause.parse("a;version=\"[1,2)"));
        assertThrows(IllegalArgumentException.class, () -> HeaderClause.parse("version=1"));
    }

    @Test
    void versionsAndRangesAreNormalised() {
        assertEquals("1.0.0", OsgiVersions.version("1"));
        assertEquals("0.1.0.v202401021234", OsgiVersions.version("0.1.0.v202401021234"));
        assertEquals("0.0.0", OsgiVersions.range(null));
        assertEquals("[1.0.0,2.0.0)", OsgiVersions.range("[1.0,2)"));
        assertEquals("0.1.0", OsgiVersions.range("0.1"));
        assertEquals("[1.2.3,1.2.3]", OsgiVersions.exact("1.2.3"));
        assertEquals("5.0.0", OsgiVersions.featureMatchRange("5.0.0", "greaterOrEqual"));
        assertEquals("[5.1.0,6.0.0)", OsgiVersions.featureMatchRange("5.1", null));
        assertEquals("[5.1.0,5.2.0)", OsgiVersions.featureMatchRange("5.1", "equivalent"));
        assertThrows(IllegalArgumentException.class, () -> OsgiVersions.version("1.x"));
        assertThrows(IllegalArgumentException.class, () -> OsgiVersions.range("[1,2"));
    }
}
