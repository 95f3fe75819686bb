package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramExchange;
import org.opsbench.topology.TopologyException;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Media;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;
import org.opsbench.persistence.testing.FileMutations;

/** XMI, CSV and GraphML out and back in; a malformed file names its line and adds nothing. */
class DiagramExchangeTest {

    @TempDir
    Path folder;
    private Diagram drawn;

    @BeforeEach
    void draw() {
        drawn = TopologyFactory.eINSTANCE.createDiagram();
        drawn.setName("Branch 7");
        DiagramEditing editing = new DiagramEditing(drawn);
        Zone lan = editing.addZone("Office LAN", ZoneKind.ZONE, "10.7.1.0/24", 0, 100, 400, 200);
        Device router = editing.addDevice(DeviceTypes.find("router"), "gw-07", 100, 0);
        Device sw = editing.addDevice(DeviceTypes.find("switch"), "sw-07", 100, 140);
        Device ap = editing.addDevice(DeviceTypes.find("wireless-ap"), "ap-07 \"lobby\"", 260, 220);
        editing.putInZone(List.of(sw, ap), lan);
        editing.setManagementIp(sw, "10.7.1.2");
        editing.connect(router.getPorts().get(0), sw.getPorts().get(23));
        editing.connect(sw.getPorts().get(0), ap.getPorts().get(0));
    }

    @Test
    void xmiCarriesTheWholeDiagram() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramExchange.writeXmi(drawn, out);
        Diagram read = DiagramExchange.readXmi(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("Branch 7", read.getName());
        assertEquals(List.of("gw-07", "sw-07", "ap-07 \"lobby\""), names(read));
        assertSame(read.getZones().get(0), read.getDevices().get(1).getZone());
        assertSame(read.getDevices().get(1).getPorts().get(23), read.getLinks().get(0).getTarget());
        assertEquals("10.7.1.0/24", read.getZones().get(0).getSubnet());

        String refused = assertThrows(TopologyException.class,
                () -> DiagramExchange.readXmi(new ByteArrayInputStream("<notes>not a diagram".getBytes(StandardCharsets.UTF_8)))).getMessage();
        assertTrue(refused.startsWith("The file is not a diagram in XMI: "), refused);
    }

    @Test
    void csvFilesOfDevicesAndLinksComeBackAsTheSameDiagramInOneStep() throws IOException {
        Path devices = folder.resolve("devices.csv");
        Path links = folder.resolve("links.csv");
        try (Writer out = Files.newBufferedWriter(devices)) {
            DiagramExchange.writeDevicesCsv(drawn, out);
        }
        try (Writer out = Files.newBufferedWriter(links)) {
            DiagramExchange.writeLinksCsv(drawn, out);
        }
        assertEquals("fromDevice,fromPort,toDevice,toPort,media,bandwidthMbps", Files.readAllLines(links).get(0));

        Diagram copy = TopologyFactory.eINSTANCE.createDiagram();
        DiagramEditing editing = new DiagramEditing(copy);
        DiagramExchange.importCsv(editing, devices, links);
        assertEquals(names(drawn), names(copy), "a quoted name survives");
        assertEquals("10.7.1.2", copy.getDevices().get(1).getManagementIp());
        assertEquals("Office LAN", copy.getDevices().get(1).getZone().getName());
        assertEquals(DeviceTypes.find("switch").ports().size(), copy.getDevices().get(1).getPorts().size(), "the type's ports");
        assertEquals("GE1/0/24", copy.getLinks().get(0).getTarget().getName());
        assertEquals(Media.COPPER, copy.getLinks().get(1).getMedia());

        assertEquals("Import", editing.commandStack().getUndoCommand().getLabel());
        editing.undo();
        assertTrue(copy.getDevices().isEmpty() && copy.getLinks().isEmpty() && copy.getZones().isEmpty(), "one step undoes the import");
    }

    @Test
    void aMalformedCsvNamesItsLineAndAddsNothing() throws IOException {
        Path devices = folder.resolve("devices.csv");
        Files.writeString(devices, "name,type,managementIp,zone,x,y\nsw-01,switch,10.1.1.2,,0,0\nrtr-01,rooter,,,0,0\n");
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        DiagramEditing editing = new DiagramEditing(diagram);
        assertEquals("devices.csv:3: there is no device type rooter (installed types: see the palette).",
                assertThrows(TopologyException.class, () -> DiagramExchange.importCsv(editing, devices, null)).getMessage());
        assertTrue(diagram.getDevices().isEmpty(), "not even the good first line");
        assertFalse(editing.canUndo());

        Files.writeString(devices, "name,type,managementIp,zone,x,y\nsw-01,switch,10.1.1.2,,0,0\nsw-02,switch,10.1.1.300,,0,0\n");
        assertEquals("devices.csv:3: \"10.1.1.300\" is not an IP address, e.g. 10.1.20.5 or 2001:db8::5.",
                assertThrows(TopologyException.class, () -> DiagramExchange.importCsv(editing, devices, null)).getMessage());

        Path links = folder.resolve("links.csv");
        Files.writeString(devices, "name,type,managementIp,zone,x,y\nsw-01,switch,,,0,0\nsw-02,switch,,,0,0\n");
        Files.writeString(links, "fromDevice,fromPort,toDevice,toPort,media,bandwidthMbps\nsw-01,GE1/0/1,sw-02,GE1/0/1,,\nsw-01,GE1/0/1,sw-03,,,\n");
        assertEquals("links.csv:3: port GE1/0/1 of sw-01 is linked twice.",
                assertThrows(TopologyException.class, () -> DiagramExchange.importCsv(editing, devices, links)).getMessage());
        Files.writeString(links, "from,to\nsw-01,sw-02\n");
        assertEquals("links.csv:1: the first line must name the columns fromDevice,fromPort,toDevice,toPort,media,bandwidthMbps.",
                assertThrows(TopologyException.class, () -> DiagramExchange.importCsv(editing, devices, links)).getMessage());
        assertTrue(diagram.getDevices().isEmpty());
    }

    @Test
    void graphmlGoesBothWaysAndReadsAnotherToolsFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramExchange.writeGraphml(drawn, out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"), xml);
        Diagram copy = TopologyFactory.eINSTANCE.createDiagram();
        DiagramExchange.importGraphml(new DiagramEditing(copy), new ByteArrayInputStream(out.toByteArray()));
        assertEquals(names(drawn), names(copy));
        Link uplink = copy.getLinks().get(0);
        assertEquals("GE0/0/0", uplink.getSource().getName());
        assertEquals("GE1/0/24", uplink.getTarget().getName());

        // As a general graph editor saves it: labels, no device types, no ports.
        String other = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="undirected">
                    <node id="a"><data key="d0">db-01</data></node>
                    <node id="b"><data key="d0">db-02</data></node>
                    <edge source="a" target="b"/>
                    <edge source="a" target="b"/>
                  </graph>
                </graphml>
                """;
        Diagram plain = TopologyFactory.eINSTANCE.createDiagram();
        DiagramExchange.importGraphml(new DiagramEditing(plain), new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("db-01", "db-02"), names(plain));
        assertEquals("server", plain.getDevices().get(0).getDeviceType());
        assertEquals(List.of("eth0", "eth1"), plain.getLinks().stream().map(l -> l.getSource().getName()).toList(), "the next free port each time");
    }

    @Test
    void aMalformedGraphmlNamesItsLineAndAddsNothing() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph>
                    <node id="a"/>
                    <edge source="a" target="z"/>
                  </graph>
                </graphml>
                """;
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        DiagramEditing editing = new DiagramEditing(diagram);
        assertEquals("line 5: the edge names node z, which the file does not have.", assertThrows(TopologyException.class,
                () -> DiagramExchange.importGraphml(editing, new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))).getMessage());
        assertTrue(diagram.getDevices().isEmpty());

        String unclosed = "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n";
        String message = assertThrows(TopologyException.class, () -> DiagramExchange.importGraphml(editing,
                new ByteArrayInputStream(unclosed.getBytes(StandardCharsets.UTF_8)))).getMessage();
        assertTrue(message.startsWith("The file is not GraphML, at line 4: "), message);
        assertNull(editing.commandStack().getUndoCommand());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String devicesCsv(Diagram diagram) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        DiagramExchange.writeDevicesCsv(diagram, out);
        return out.toString();
    }

    private static String linksCsv(Diagram diagram) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        DiagramExchange.writeLinksCsv(diagram, out);
        return out.toString();
    }

    private static TopologyException refusedCsv(String devices) {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        TopologyException refused = assertThrows(TopologyException.class,
                () -> DiagramExchange.importCsv(new DiagramEditing(diagram), "devices.csv", utf8(devices), null, null));
        assertTrue(diagram.getDevices().isEmpty(), "nothing added");
        return refused;
    }

    @Test
    void shortRowsBadQuotesAndForeignEncodingsAreRefusedWithTheFileAndLine() throws IOException {
        assertEquals("devices.csv:3: the row has 3 values but the header names 6 columns. A value that contains a comma must be in"
                + " double quotes.", refusedCsv("name,type,managementIp,zone,x,y\nsw-01,switch,,,0,0\nsw-02,switch,10.1.1.3\n").getMessage());
        assertTrue(refusedCsv("name,type,managementIp,zone,x,y\n\"sw-01,switch,,,0,0\n").getMessage()
                .startsWith("devices.csv:2: this is not valid CSV: a double quote opens a value"));
        Path gbk = folder.resolve("gbk-devices.csv");
        Files.write(gbk, "name,type,managementIp,zone,x,y\n交换机-01,switch,,机房,0,0\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        TopologyException encoding = assertThrows(TopologyException.class,
                () -> DiagramExchange.importCsv(new DiagramEditing(diagram), gbk, null));
        assertTrue(encoding.getMessage().startsWith("gbk-devices.csv:2: the file is not UTF-8 text"), encoding.getMessage());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAccepted() {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        DiagramExchange.importCsv(new DiagramEditing(diagram), "devices.csv", utf8("\uFEFFname,type,managementIp,zone,x,y\nsw-01,switch,,,0,0\n"),
                null, null);
        assertEquals(List.of("sw-01"), names(diagram));
    }

    @Test
    void nonFiniteOrHugeCoordinatesAndNegativeBandwidthsAreRefused() {
        assertEquals("devices.csv:2: x \"NaN\" is not a number from -1,000,000,000 to 1,000,000,000.",
                refusedCsv("name,type,managementIp,zone,x,y\nsw-01,switch,,,NaN,0\n").getMessage());
        assertTrue(refusedCsv("name,type,managementIp,zone,x,y\nsw-01,switch,,,0,1e300\n").getMessage().startsWith("devices.csv:2: y"));
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        TopologyException bandwidth = assertThrows(TopologyException.class, () -> DiagramExchange.importCsv(new DiagramEditing(diagram),
                "devices.csv", utf8("name,type,managementIp,zone,x,y\nsw-01,switch,,,0,0\nsw-02,switch,,,0,0\n"), "links.csv",
                utf8("fromDevice,fromPort,toDevice,toPort,media,bandwidthMbps\nsw-01,,sw-02,,,-1000\n")));
        assertEquals("links.csv:2: bandwidth \"-1000\" must be a whole number of Mbit/s above 0.", bandwidth.getMessage());
        assertTrue(refusedCsv("name,type,managementIp,zone,x,y\n" + "s".repeat(300) + ",switch,,,0,0\n").getMessage()
                .contains("at most 255 fit"));
    }

    @Test
    void csvExportsNeutraliseFormulasAndReadBackUnchanged() throws IOException {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        DiagramEditing editing = new DiagramEditing(diagram);
        editing.addDevice(DeviceTypes.find("switch"), "=HYPERLINK(\"http://example.invalid\")", 0, 0);
        editing.addDevice(DeviceTypes.find("switch"), "-core-1", 200, 0);
        editing.addDevice(DeviceTypes.find("switch"), "@edge", 400, 0);
        String csv = devicesCsv(diagram);
        for (String line : csv.split("\n")) {
            assertFalse(line.startsWith("=") || line.startsWith("-") || line.startsWith("@") || line.startsWith("\"="), line);
        }
        Diagram copy = TopologyFactory.eINSTANCE.createDiagram();
        DiagramExchange.importCsv(new DiagramEditing(copy), "devices.csv", utf8(csv), null, null);
        assertEquals(names(diagram), names(copy));
    }

    @Test
    void graphmlWithRepeatedNodeIdsOrBadNumbersIsRefused() {
        String repeated = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph>
                    <node id="a"/>
                    <node id="a"/>
                    <edge source="a" target="a"/>
                  </graph>
                </graphml>
                """;
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        assertEquals("net.graphml: line 5: node id a is used again (first on line 4); an edge could not tell them apart.",
                assertThrows(TopologyException.class, () -> DiagramExchange.importGraphml(new DiagramEditing(diagram), "net.graphml",
                        new ByteArrayInputStream(utf8(repeated)))).getMessage());
        String infinite = repeated.replace("<node id=\"a\"/>\n    <node id=\"a\"/>", "<node id=\"a\"><data key=\"x\">Infinity</data></node>")
                .replace("<edge source=\"a\" target=\"a\"/>", "");
        assertTrue(assertThrows(TopologyException.class, () -> DiagramExchange.importGraphml(new DiagramEditing(diagram), "net.graphml",
                new ByteArrayInputStream(utf8(infinite)))).getMessage().contains("x \"Infinity\" is not a number"));
        assertTrue(diagram.getDevices().isEmpty());
    }

    @Test
    void aYedFileWithGraphicsMarkupInItsDataReadsLabelsAndPositions() {
        String yed = """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
                  <graph edgedefault="directed" id="G">
                    <node id="n0">
                      <data key="d6">
                        <y:ShapeNode>
                          <y:Geometry height="30.0" width="30.0" x="120.5" y="40.0"/>
                          <y:Fill color="#FFCC00" transparent="false"/>
                          <y:NodeLabel alignment="center">core-sw</y:NodeLabel>
                        </y:ShapeNode>
                      </data>
                    </node>
                    <node id="n1">
                      <data key="d6"><y:ShapeNode><y:Geometry x="300" y="40"/><y:NodeLabel>db-01</y:NodeLabel></y:ShapeNode></data>
                    </node>
                    <edge id="e0" source="n0" target="n1">
                      <data key="d10"><y:PolyLineEdge><y:LineStyle color="#000000"/></y:PolyLineEdge></data>
                    </edge>
                  </graph>
                </graphml>
                """;
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        DiagramExchange.importGraphml(new DiagramEditing(diagram), "yed.graphml", new ByteArrayInputStream(utf8(yed)));
        assertEquals(List.of("core-sw", "db-01"), names(diagram));
        assertEquals(121, diagram.getDevices().get(0).getX());
        assertEquals(300, diagram.getDevices().get(1).getX());
        assertEquals(1, diagram.getLinks().size());
    }

    @Test
    void anXmiThatRefersToAnotherFileIsRefusedAndMessagesNameTheUsersFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiagramExchange.writeXmi(drawn, out);
        // a hostile edit: the link's target port now lives in a file on the reader's disk
        String xmi = out.toString(StandardCharsets.UTF_8).replaceFirst("target=\"[^\"]*\"", "target=\"file:/etc/passwd#//@ports.0\"");
        TopologyException proxy = assertThrows(TopologyException.class,
                () -> DiagramExchange.readXmi("branch-7.xmi", new ByteArrayInputStream(utf8(xmi))));
        assertTrue(proxy.getMessage().startsWith("branch-7.xmi refers to another file (file:/etc/passwd"), proxy.getMessage());
        TopologyException malformed = assertThrows(TopologyException.class,
                () -> DiagramExchange.readXmi("branch-7.xmi", new ByteArrayInputStream(utf8("<?xml version=\"1.0\"?>\n<a>\n<b>\n</a>"))));
        assertTrue(malformed.getMessage().startsWith("The file is not a diagram in XMI: branch-7.xmi:"), malformed.getMessage());
        assertFalse(malformed.getMessage().contains("diagram.xmi"), malformed.getMessage());
    }

    @Test
    void damagedCopiesOfDeviceAndLinkFilesAreRefusedOrReadFaithfully() throws IOException {
        byte[] links = utf8(linksCsv(drawn));
        byte[] devices = utf8(devicesCsv(drawn));
        FileMutations.Outcome outcomeDevices = new FileMutations(devices, 40).feed(2000, TopologyException.class, 10,
                copy -> checkCsvRoundTrip(copy, links));
        FileMutations.Outcome outcomeLinks = new FileMutations(links, 41).feed(2000, TopologyException.class, 10,
                copy -> checkCsvRoundTrip(devices, copy));
        assertTrue(outcomeDevices.refused() > 100 && outcomeDevices.accepted() > 100, outcomeDevices.toString());
        assertTrue(outcomeLinks.refused() > 100 && outcomeLinks.accepted() > 100, outcomeLinks.toString());
    }

    private static void checkCsvRoundTrip(byte[] devices, byte[] links) throws IOException {
        Diagram first = TopologyFactory.eINSTANCE.createDiagram();
        DiagramExchange.importCsv(new DiagramEditing(first), "devices.csv", devices, "links.csv", links);
        Diagram second = TopologyFactory.eINSTANCE.createDiagram();
        DiagramExchange.importCsv(new DiagramEditing(second), "devices.csv", utf8(devicesCsv(first)), "links.csv", utf8(linksCsv(first)));
        assertEquals(devicesCsv(first), devicesCsv(second));
        assertEquals(linksCsv(first), linksCsv(second));
    }

    @Test
    void damagedCopiesOfGraphmlAndXmiFilesAreRefusedOrReadFaithfully() throws IOException {
        ByteArrayOutputStream graphml = new ByteArrayOutputStream();
        DiagramExchange.writeGraphml(drawn, graphml);
        FileMutations.Outcome graph = new FileMutations(graphml.toByteArray(), 42).feed(1000, TopologyException.class, 10, copy -> {
            Diagram first = TopologyFactory.eINSTANCE.createDiagram();
            DiagramExchange.importGraphml(new DiagramEditing(first), "net.graphml", new ByteArrayInputStream(copy));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            DiagramExchange.writeGraphml(first, again);
            Diagram second = TopologyFactory.eINSTANCE.createDiagram();
            DiagramExchange.importGraphml(new DiagramEditing(second), "net.graphml", new ByteArrayInputStream(again.toByteArray()));
            assertEquals(devicesCsv(first) + linksCsv(first), devicesCsv(second) + linksCsv(second));
        });
        assertTrue(graph.refused() > 50 && graph.accepted() > 50, graph.toString());

        ByteArrayOutputStream xmi = new ByteArrayOutputStream();
        DiagramExchange.writeXmi(drawn, xmi);
        FileMutations.Outcome whole = new FileMutations(xmi.toByteArray(), 43).feed(1000, TopologyException.class, 10, copy -> {
            Diagram first = DiagramExchange.readXmi("branch.xmi", new ByteArrayInputStream(copy));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            DiagramExchange.writeXmi(first, again);
            Diagram second = DiagramExchange.readXmi("branch.xmi", new ByteArrayInputStream(again.toByteArray()));
            assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(first, second), "the diagram comes back the same");
        });
        assertTrue(whole.refused() > 50 && whole.accepted() > 50, whole.toString());
    }

    @Test
    void theFileNameChoosesTheExportFormatAndImportsAreToldApartByNameAndHeader() {
        java.util.Map<Path, byte[]> csv = DiagramExchange.exportFiles(drawn, folder.resolve("branch.csv"));
        assertEquals(List.of(folder.resolve("branch.csv"), folder.resolve("branch-links.csv")), List.copyOf(csv.keySet()));
        assertTrue(new String(DiagramExchange.exportFiles(drawn, folder.resolve("b.xmi")).get(folder.resolve("b.xmi")), StandardCharsets.UTF_8)
                .contains("xmi:version"));
        assertTrue(new String(DiagramExchange.exportFiles(drawn, folder.resolve("b.graphml")).get(folder.resolve("b.graphml")),
                StandardCharsets.UTF_8).contains("<graphml"));

        Diagram copy = TopologyFactory.eINSTANCE.createDiagram();
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("branch-links.csv", csv.get(folder.resolve("branch-links.csv")));
        files.put("branch.csv", csv.get(folder.resolve("branch.csv")));
        DiagramExchange.importFiles(new DiagramEditing(copy), files);
        assertEquals(names(drawn), names(copy), "the links file is known by its header, whatever the order");
        assertEquals(drawn.getLinks().size(), copy.getLinks().size());
        assertEquals("notes.txt is neither GraphML (.graphml) nor a devices or links file (.csv); choose one GraphML file or the CSV files.",
                assertThrows(TopologyException.class, () -> DiagramExchange.importFiles(new DiagramEditing(copy),
                        java.util.Map.of("notes.txt", new byte[0]))).getMessage());
    }

    @Test
    void newDevicesAndZonesGetTheFirstFreeName() {
        assertEquals("switch-1", org.opsbench.topology.DeviceNames.next(drawn, DeviceTypes.find("switch")));
        assertEquals("Zone 1", org.opsbench.topology.DeviceNames.nextZone(drawn, ZoneKind.ZONE));
        new DiagramEditing(drawn).addZone("Zone 1", ZoneKind.ZONE, null, 0, 400, 100, 100);
        assertEquals("Zone 2", org.opsbench.topology.DeviceNames.nextZone(drawn, ZoneKind.ZONE), "the next number not taken");
        assertEquals("Site 1", org.opsbench.topology.DeviceNames.nextZone(drawn, ZoneKind.SITE));
    }

    private static List<String> names(Diagram diagram) {
        return diagram.getDevices().stream().map(Device::getName).toList();
    }
}
