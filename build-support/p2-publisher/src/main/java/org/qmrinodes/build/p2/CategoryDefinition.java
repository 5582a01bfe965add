package org.qmrinodes.build.p2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/**
 * The categories of an Eclipse {@code category.xml}: {@code <category-def name label><description/>} entries
 * and the {@code <feature id version><category name/></feature>} (or {@code <bundle ...>}) members that
 * reference them. A member version {@code 0.0.0} (or none) stands for every published version of that id.
 *
 * @param categories the category definitions in file order
 */
public record CategoryDefinition(List<Category> categories) {

    /**
     * One category as shown by "Install New Software".
     *
     * @param name the category IU id
     * @param label the name shown to the user
     * @param description the description shown to the user, or {@code null}
     * @param features the features listed in this category
     * @param bundles the bundles listed in this category
     */
    public record Category(String name, String label, String description, List<Member> features,
            List<Member> bundles) {
    }

    /**
     * A feature or bundle listed in a category.
     *
     * @param id feature id or bundle symbolic name
     * @param version the version, {@code 0.0.0} for any
     */
    public record Member(String id, String version) {
    }

    /** Reads a category.xml file. */
    public static CategoryDefinition read(Path categoryXml) throws IOException {
        try (InputStream in = Files.newInputStream(categoryXml)) {
            Element site = Xml.parse(in, categoryXml.toString());
            List<Category> categories = new ArrayList<>();
            for (Element def : Xml.children(site, "category-def")) {
                String name = Xml.requiredAttribute(def, "name");
                String label = Xml.attributeOrNull(def, "label");
                categories.add(new Category(name, label == null ? name : label,
                        Xml.text(Xml.child(def, "description")), members(site, "feature", name),
                        members(site, "bundle", name)));
            }
            return new CategoryDefinition(List.copyOf(categories));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(categoryXml + ": " + e.getMessage(), e);
        }
    }

    private static List<Member> members(Element site, String kind, String categoryName) {
        List<Member> members = new ArrayList<>();
        for (Element member : Xml.children(site, kind)) {
            for (Element category : Xml.children(member, "category")) {
                if (categoryName.equals(category.getAttribute("name"))) {
                    members.add(new Member(Xml.requiredAttribute(member, "id"),
                            OsgiVersions.version(member.getAttribute("version"))));
                }
            }
        }
        return List.copyOf(members);
    }
}
