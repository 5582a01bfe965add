package org.qmrinodes.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.port.PortType;
import org.qmrinodes.knime.evaluation.roc.RocAnalysisNodeFactory;

/**
 * Every study workflow: the committed folder is what the builder writes, and read back from disk
 * each node resolves to one of our registered nodes or a known KNIME base node, our nodes accept
 * their settings, connections join compatible ports, files stay inside the workflow.
 */
class StudyWorkflowsTest {

    /** Set to {@code true} to rewrite the committed folders from the declarations. */
    private static final boolean UPDATE = Boolean.getBoolean("qmri.workflows.update");

    static Collection<KnimeWorkflow> workflows() throws IOException {
        return StudyWorkflows.all(WorkflowTestSupport.repository());
    }

    private static SavedWorkflow saved(final KnimeWorkflow w) throws Exception {
        return SavedWorkflow.read(WorkflowTestSupport.committed(w.name()));
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void committedFolderIsWhatTheBuilderWrites(final KnimeWorkflow w) throws IOException {
        final Path repository = WorkflowTestSupport.repository();
        if (UPDATE) {
            WorkflowWriter.writeFolder(w, repository, repository.resolve(StudyWorkflows.FOLDER));
        }
        final Map<String, byte[]> expected = new TreeMap<>(WorkflowWriter.files(w, repository));
        final Path folder = WorkflowTestSupport.committed(w.name());
        final Map<String, byte[]> actual = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (final Path f : files.filter(Files::isRegularFile).toList()) {
                final String name = folder.relativize(f).toString().replace('\\', '/');
                // the generated data the build writes there is not kept in the repository
                if (w.generated() == null || !w.generated().holds(name)) {
                    actual.put(name, Files.readAllBytes(f));
                }
            }
        }
        final String hint = " (regenerate: mvn -B -o verify -pl workflows -am -Dqmri.workflows.update=true)";
        assertEquals(expected.keySet(), actual.keySet(), w.name() + ": files" + hint);
        for (final String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), w.name() + "/" + f + hint);
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyNodeIsOursOrAKnownBaseNodeAndOursAcceptTheirSettings(final KnimeWorkflow w) throws Exception {
        final List<String> registered = WorkflowRun.registeredFactories(WorkflowTestSupport.repository());
        final SavedWorkflow s = saved(w);
        assertEquals(w.nodes().size(), s.nodes().size());
        for (final SavedWorkflow.Node n : s.nodes().values()) {
            final KnimeBaseNode base = KnimeBaseNode.byFactory(n.factory());
            if (base != null) {
                assertEquals(base.nodeName(), n.name(), n.factory());
                continue;
            }
            assertTrue(registered.contains(n.factory()), n.factory() + " is not registered in plugin.xml");
            assertEquals(QmriNode.nodeName(Class.forName(n.factory())), n.name(), n.factory());
            assertNotNull(WorkflowRun.model(n), n.name());
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void connectionsJoinCompatiblePortsAndEveryInputIsConnectedOnce(final KnimeWorkflow w) throws Exception {
        final SavedWorkflow s = saved(w);
        for (final Connection c : s.connections()) {
            final List<PortType> out = WorkflowRun.outPorts(s.nodes().get(c.source()));
            final List<PortType> in = WorkflowRun.inPorts(s.nodes().get(c.dest()));
            assertTrue(c.sourcePort() >= 1 && c.sourcePort() <= out.size(), c + ": no such output port");
            assertTrue(c.destPort() >= 1 && c.destPort() <= in.size(), c + ": no such input port");
            final PortType from = out.get(c.sourcePort() - 1);
            final PortType to = in.get(c.destPort() - 1);
            assertTrue(to.getPortObjectClass().isAssignableFrom(from.getPortObjectClass()),
                c + ": " + from.getName() + " does not fit " + to.getName());
        }
        for (final SavedWorkflow.Node n : s.nodes().values()) {
            final List<PortType> in = WorkflowRun.inPorts(n);
            for (int p = 1; p <= in.size(); p++) {
                final int port = p;
                final long connected = s.into(n.id()).stream().filter(c -> c.destPort() == port).count();
                assertTrue(connected <= 1, n.name() + " (#" + n.id() + ") port " + p + " has " + connected + " inputs");
                assertTrue(connected == 1 || in.get(p - 1).isOptional(),
                    n.name() + " (#" + n.id() + ") input " + p + " is not connected");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void filesAreAddressedInsideTheWorkflowAndTheReadFilesTravelWithIt(final KnimeWorkflow w) throws Exception {
        final SavedWorkflow s = saved(w);
        final List<String> outputs = new ArrayList<>();
        for (final SavedWorkflow.Node n : s.nodes().values()) {
            final KnimeBaseNode base = KnimeBaseNode.byFactory(n.factory());
            if (base == KnimeBaseNode.CSV_READER) {
                assertTrue(Files.isRegularFile(s.folder().resolve(WorkflowRun.file(n))), WorkflowRun.file(n));
            } else if (base == KnimeBaseNode.CSV_WRITER || base == KnimeBaseNode.IMAGE_WRITER) {
                outputs.add(WorkflowRun.file(n));
            }
        }
        assertFalse(outputs.isEmpty());
        assertEquals(outputs.size(), outputs.stream().distinct().count(), "two writers write the same file: " + outputs);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void everyStepIsLabelledWithItsSectionInTheMethods(final KnimeWorkflow w) throws Exception {
        final SavedWorkflow s = saved(w);
        assertFalse(s.annotations().isEmpty());
        s.annotations().forEach(a -> assertTrue(a.contains("§"), a));
        s.nodes().values().forEach(n -> assertFalse(n.label().isBlank(), n.name() + " (#" + n.id() + ")"));
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void knwfHoldsTheWorkflowFolderAndPacksReproducibly(final KnimeWorkflow w, @TempDir final Path tmp)
        throws IOException {
        final Path repository = WorkflowTestSupport.repository();
        final byte[] first = Files.readAllBytes(WorkflowWriter.writeKnwf(w, repository, tmp.resolve("a")));
        final Path again = WorkflowWriter.writeKnwf(w, repository, tmp.resolve("b"));
        assertArrayEquals(first, Files.readAllBytes(again));
        final Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(again); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        final Map<String, byte[]> files = new LinkedHashMap<>(WorkflowWriter.files(w, repository));
        files.putAll(WorkflowWriter.generatedFiles(w));
        assertEquals(files.keySet().stream().map(f -> w.name() + "/" + f).toList(), List.copyOf(entries.keySet()));
        files.forEach((f, bytes) -> assertArrayEquals(bytes, entries.get(w.name() + "/" + f), f));
    }

    @Test
    void aSettingTheNodeDoesNotHaveIsRejectedWhenTheWorkflowIsDeclared() {
        final IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
            () -> QmriNode.of(RocAnalysisNodeFactory.class).set("outcome", "low_vs_over"));
        assertTrue(absent.getMessage().contains("no setting 'outcome'"), absent.getMessage());
        final IllegalArgumentException retyped = assertThrows(IllegalArgumentException.class,
            () -> QmriNode.of(RocAnalysisNodeFactory.class).set("plot_size", "large"));
        assertTrue(retyped.getMessage().contains("plot_size"), retyped.getMessage());
        final IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
            () -> QmriNode.of(RocAnalysisNodeFactory.class).set("direction", "sideways").place(1, 0, 0, "x"));
        assertTrue(invalid.getMessage().contains("direction"), invalid.getMessage());
    }
}
