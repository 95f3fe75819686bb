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
        assertEquals(28, copy.getDevices().get(1).getPorts().size(), "the type's ports");
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

    private static List<String> names(Diagram diagram) {
        return diagram.getDevices().stream().map(Device::getName).toList();
    }
}
