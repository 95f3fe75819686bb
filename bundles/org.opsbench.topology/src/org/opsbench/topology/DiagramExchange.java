package org.opsbench.topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.opsbench.core.exchange.CsvCells;
import org.opsbench.core.exchange.CsvImportException;
import org.opsbench.core.exchange.CsvTable;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.internal.Subnets;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Media;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;

/**
 * Diagrams in and out of files: XMI (the whole diagram), CSV (a devices file and a links file) and
 * GraphML (which other graph tools read and write). An import reads the whole file first and
 * refuses a malformed one with its line number before anything changes; what it read is then added
 * to the diagram as one step to undo.
 */
public final class DiagramExchange {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    private static final List<String> DEVICE_COLUMNS = List.of("name", "type", "managementIp", "zone", "x", "y");
    private static final List<String> LINK_COLUMNS = List.of("fromDevice", "fromPort", "toDevice", "toPort", "media", "bandwidthMbps");

    /** What an import read: new devices (with their ports) and zones, and the links between ports of new or existing devices. */
    public record Imported(List<Zone> zones, List<Device> devices, List<Link> links) {
    }

    private DiagramExchange() {
    }

    // Files, by their names

    /**
     * The files an export to {@code file} writes, by its extension: .csv the devices there and the
     * links in a "-links.csv" beside it, .xmi the whole diagram, anything else GraphML.
     *
     * @return each file with its content, made in memory (the caller writes them, e.g. atomically in a job)
     */
    public static Map<Path, byte[]> exportFiles(Diagram diagram, Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Map<Path, byte[]> contents = new LinkedHashMap<>();
        try {
            if (lower.endsWith(".csv")) {
                contents.put(file, text(out -> writeDevicesCsv(diagram, out)));
                contents.put(file.resolveSibling(name.substring(0, name.length() - 4) + "-links.csv"), text(out -> writeLinksCsv(diagram, out)));
            } else {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                if (lower.endsWith(".xmi")) {
                    writeXmi(diagram, out);
                } else {
                    writeGraphml(diagram, out);
                }
                contents.put(file, out.toByteArray());
            }
        } catch (IOException e) { // writes to memory only
            throw new java.io.UncheckedIOException(e);
        }
        return contents;
    }

    private interface TextWriting {
        void to(Writer out) throws IOException;
    }

    private static byte[] text(TextWriting writing) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (Writer out = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writing.to(out);
        }
        return bytes.toByteArray();
    }

    /**
     * Adds what files hold, told apart by name and header: one GraphML file (.graphml), or CSV files
     * (a devices file and a links file, told apart by their header).
     *
     * @param files each file's name and content
     * @throws TopologyException for a malformed file (its name and line), or a choice that is neither; nothing was added
     */
    public static Imported importFiles(DiagramEditing editing, Map<String, byte[]> files) {
        if (files.size() == 1 && files.keySet().iterator().next().toLowerCase(Locale.ROOT).endsWith(".graphml")) {
            Map.Entry<String, byte[]> file = files.entrySet().iterator().next();
            return importGraphml(editing, file.getKey(), new java.io.ByteArrayInputStream(file.getValue()));
        }
        String devicesName = null;
        byte[] devices = null;
        String linksName = null;
        byte[] links = null;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new TopologyException(Messages.format("importWhat", file.getKey()));
            }
            if (isLinksCsv(file.getValue())) {
                linksName = file.getKey();
                links = file.getValue();
            } else {
                devicesName = file.getKey();
                devices = file.getValue();
            }
        }
        return importCsv(editing, devicesName, devices, linksName, links);
    }

    // XMI

    /** Writes the whole diagram as XMI; its references to customers, sites and equipment stay behind in the database. */
    public static void writeXmi(Diagram diagram, OutputStream out) throws IOException {
        Resource resource = new XMIResourceImpl(URI.createURI("diagram.xmi"));
        resource.getContents().add(EcoreUtil.copy(diagram));
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_PROCESS_DANGLING_HREF,
                XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD));
    }

    /** @return the diagram an XMI file holds, not yet stored; a file that is not one is refused with the reason */
    public static Diagram readXmi(InputStream in) {
        return readXmi("XMI", in);
    }

    /**
     * @param name what messages call the file, e.g. its file name
     * @return the diagram an XMI file holds, not yet stored
     * @throws TopologyException naming the file and the line of a malformed one, or a reference to another file
     */
    public static Diagram readXmi(String name, InputStream in) {
        Resource resource = new XMIResourceImpl(URI.createURI("diagram.xmi"));
        try {
            resource.load(in, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException | RuntimeException e) {
            throw new TopologyException(Messages.format("xmiUnreadable", name + xmlProblem(e)));
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Diagram diagram)) {
            throw new TopologyException(Messages.format("xmiNoDiagram"));
        }
        // A reference into another file would stay an unresolved proxy: the diagram must come whole.
        for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = diagram.eAllContents(); all.hasNext();) {
            org.eclipse.emf.ecore.EObject object = all.next();
            for (org.eclipse.emf.ecore.EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isMany()) {
                    continue;
                }
                if (object.eGet(reference, false) instanceof org.eclipse.emf.ecore.EObject target && target.eIsProxy()) {
                    throw new TopologyException(Messages.format("xmiProxy", name, ((org.eclipse.emf.ecore.InternalEObject) target).eProxyURI()));
                }
            }
        }
        return diagram;
    }

    /** @return ", line N: what the parser says" without the internal resource name */
    private static String xmlProblem(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String line = cause instanceof org.xml.sax.SAXParseException sax ? ":" + sax.getLineNumber() : "";
        if (cause instanceof org.eclipse.emf.ecore.resource.Resource.Diagnostic diagnostic) {
            line = ":" + diagnostic.getLine();
        }
        String message = String.valueOf(cause.getMessage()).replace("diagram.xmi", "").replaceAll("\\s+", " ").strip();
        return line + ": " + message;
    }

    // CSV

    /** Writes the devices: name, type, managementIp, zone, x, y. */
    public static void writeDevicesCsv(Diagram diagram, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(DEVICE_COLUMNS);
            for (Device d : diagram.getDevices()) {
                printer.printRecord(CsvCells.escapeAll(java.util.Arrays.asList(d.getName(), d.getDeviceType(), text(d.getManagementIp()),
                        d.getZone() == null ? "" : d.getZone().getName(), d.getX(), d.getY())));
            }
        }
    }

    /** Writes the links: fromDevice, fromPort, toDevice, toPort, media, bandwidthMbps. */
    public static void writeLinksCsv(Diagram diagram, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(LINK_COLUMNS);
            for (Link l : diagram.getLinks()) {
                printer.printRecord(CsvCells.escapeAll(java.util.Arrays.asList(device(l.getSource()).getName(), l.getSource().getName(),
                        device(l.getTarget()).getName(), l.getTarget().getName(), l.getMedia().getLiteral(), l.getBandwidthMbps())));
            }
        }
    }

    /**
     * Adds the devices of a devices file and the links of a links file (either may be null) to the
     * diagram, in one step to undo.
     *
     * @throws TopologyException naming the file and line of the first problem; nothing was added
     * @throws IOException       when a file cannot be read at all
     */
    public static Imported importCsv(DiagramEditing editing, Path devicesFile, Path linksFile) throws IOException {
        return importCsv(editing, devicesFile == null ? null : devicesFile.getFileName().toString(),
                devicesFile == null ? null : Files.readAllBytes(devicesFile), linksFile == null ? null : linksFile.getFileName().toString(),
                linksFile == null ? null : Files.readAllBytes(linksFile));
    }

    /**
     * Like {@link #importCsv(DiagramEditing, Path, Path)} from files already read (an editor reads
     * them in a job, then adds on the UI thread); the names are what messages call the files. Each
     * file is read strictly ({@link CsvTable}: UTF-8, as many cells as columns, each column once).
     *
     * @throws TopologyException naming the file and line of the first problem; nothing was added
     */
    public static Imported importCsv(DiagramEditing editing, String devicesName, byte[] devices, String linksName, byte[] links) {
        Reading reading = new Reading(editing.diagram());
        if (devices != null) {
            for (CsvTable.Row r : rows(devicesName, devices, DEVICE_COLUMNS)) {
                reading.at(devicesName + ":" + r.line());
                reading.device(r.get("name"), r.get("type"), r.get("managementIp"), r.get("zone"), r.get("x"), r.get("y"));
            }
        }
        if (links != null) {
            for (CsvTable.Row r : rows(linksName, links, LINK_COLUMNS)) {
                reading.at(linksName + ":" + r.line());
                reading.link(r.get("fromDevice"), r.get("fromPort"), r.get("toDevice"), r.get("toPort"), r.get("media"), r.get("bandwidthMbps"));
            }
        }
        return reading.addTo(editing);
    }

    /** @return whether a CSV file is a links file (its header names the link columns), not a devices file */
    public static boolean isLinksCsv(byte[] content) {
        String header = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8).lines().findFirst().orElse("")
                .toLowerCase(Locale.ROOT);
        return LINK_COLUMNS.stream().allMatch(column -> header.contains(column.toLowerCase(Locale.ROOT)));
    }

    /** @return the rows of a CSV file with exactly the given columns */
    private static List<CsvTable.Row> rows(String name, byte[] content, List<String> columns) {
        try {
            return CsvTable.read(content, columns, columns).rows();
        } catch (CsvImportException e) {
            if (e.wrongColumns()) {
                throw new TopologyException(Messages.format("csvHeader", name + ":1", String.join(",", columns)));
            }
            throw new TopologyException(e.row() > 0 ? name + ":" + e.row() + (e.column() == null ? "" : " (" + e.column() + ")") + ": "
                    + e.problem() : Messages.format("csvUnreadable", name, e.problem()));
        }
    }

    // GraphML

    /** Writes the diagram as GraphML: devices as nodes (name, type, address, zone, position), links as edges with their ports. */
    public static void writeGraphml(Diagram diagram, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(GRAPHML);
            for (String[] key : new String[][] { { "node", "name", "string" }, { "node", "type", "string" }, { "node", "managementIp", "string" },
                    { "node", "zone", "string" }, { "node", "x", "int" }, { "node", "y", "int" }, { "edge", "sourcePort", "string" },
                    { "edge", "targetPort", "string" }, { "edge", "media", "string" }, { "edge", "bandwidthMbps", "int" } }) {
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key[1]);
                xml.writeAttribute("for", key[0]);
                xml.writeAttribute("attr.name", key[1]);
                xml.writeAttribute("attr.type", key[2]);
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "G");
            xml.writeAttribute("edgedefault", "undirected");
            Map<Device, String> ids = new HashMap<>();
            for (Device d : diagram.getDevices()) {
                String id = "n" + ids.size();
                ids.put(d, id);
                xml.writeCharacters("\n    ");
                xml.writeStartElement("node");
                xml.writeAttribute("id", id);
                data(xml, "name", d.getName());
                data(xml, "type", d.getDeviceType());
                data(xml, "managementIp", d.getManagementIp());
                data(xml, "zone", d.getZone() == null ? null : d.getZone().getName());
                data(xml, "x", String.valueOf(d.getX()));
                data(xml, "y", String.valueOf(d.getY()));
                xml.writeEndElement();
            }
            for (Link l : diagram.getLinks()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("edge");
                xml.writeAttribute("source", ids.get(device(l.getSource())));
                xml.writeAttribute("target", ids.get(device(l.getTarget())));
                data(xml, "sourcePort", l.getSource().getName());
                data(xml, "targetPort", l.getTarget().getName());
                data(xml, "media", l.getMedia().getLiteral());
                data(xml, "bandwidthMbps", String.valueOf(l.getBandwidthMbps()));
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value != null && !value.isEmpty()) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }

    /** Like {@link #importGraphml(DiagramEditing, String, InputStream)}, for a file messages name by its lines only. */
    public static Imported importGraphml(DiagramEditing editing, InputStream in) {
        return importGraphml(editing, null, in);
    }

    /**
     * Adds the nodes and edges of a GraphML file to the diagram, in one step to undo. Keys are
     * matched by their attribute names (name or label, type, managementIp or ip, zone, x, y,
     * sourcePort, targetPort, media, bandwidthMbps), so files of other tools load too: yEd's
     * node graphics give a node without a name its label and its position. A node without a type
     * becomes a server, an edge without ports takes the next free port of each end. The file's
     * encoding is the one its XML declaration names (UTF-8 without one).
     *
     * @param name what messages call the file, e.g. its file name, or null
     * @throws TopologyException naming the line of the first problem; nothing was added
     */
    public static Imported importGraphml(DiagramEditing editing, String name, InputStream in) {
        String file = name == null ? "" : name + ": ";
        Reading reading = new Reading(editing.diagram());
        try {
            javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
            factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Map<String, String> keyNames = new HashMap<>();
            Map<String, String> nodeNames = new HashMap<>();
            Map<String, Integer> nodeLines = new HashMap<>();
            Map<String, String> values = null;
            String element = null;
            String nodeId = null;
            String[] ends = null;
            int line = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                    case "key" -> keyNames.put(xml.getAttributeValue(null, "id"),
                            normal(xml.getAttributeValue(null, "attr.name") != null ? xml.getAttributeValue(null, "attr.name")
                                    : xml.getAttributeValue(null, "yfiles.type") != null ? xml.getAttributeValue(null, "yfiles.type")
                                            : xml.getAttributeValue(null, "id")));
                    case "node" -> {
                        element = "node";
                        nodeId = xml.getAttributeValue(null, "id");
                        values = new HashMap<>();
                        line = xml.getLocation().getLineNumber();
                        reading.at(file + Messages.format("graphmlLine", line));
                        if (nodeId == null || nodeId.isBlank()) {
                            reading.fail(Messages.format("graphmlNoId"));
                        }
                        Integer earlier = nodeLines.putIfAbsent(nodeId, line);
                        if (earlier != null) {
                            reading.fail(Messages.format("graphmlDuplicateId", nodeId, earlier));
                        }
                    }
                    case "edge" -> {
                        element = "edge";
                        ends = new String[] { xml.getAttributeValue(null, "source"), xml.getAttributeValue(null, "target") };
                        values = new HashMap<>();
                        line = xml.getLocation().getLineNumber();
                    }
                    case "data" -> {
                        if (values != null) {
                            String key = keyNames.getOrDefault(xml.getAttributeValue(null, "key"), normal(xml.getAttributeValue(null, "key")));
                            data(xml, key, values);
                        }
                    }
                    default -> {
                    }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && values != null && xml.getLocalName().equals(element)) {
                    reading.at(file + Messages.format("graphmlLine", line));
                    if (element.equals("node")) {
                        String deviceName = values.getOrDefault("name", nodeId);
                        nodeNames.put(nodeId, deviceName);
                        reading.device(deviceName, values.getOrDefault("type", "server"), values.get("managementip"), values.get("zone"),
                                values.get("x"), values.get("y"));
                    } else {
                        String from = ends[0] == null ? null : nodeNames.get(ends[0]);
                        String to = ends[1] == null ? null : nodeNames.get(ends[1]);
                        if (from == null || to == null) {
                            reading.fail(Messages.format("graphmlNoNode", from == null ? ends[0] : ends[1]));
                        }
                        reading.link(from, values.get("sourceport"), to, values.get("targetport"), values.get("media"),
                                values.get("bandwidthmbps"));
                    }
                    values = null;
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            String message = String.valueOf(e.getMessage()).replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new TopologyException(Messages.format("graphmlMalformed", line, message.replaceAll("\\s+", " ")));
        }
        return reading.addTo(editing);
    }

    /**
     * Reads one data element into the values under its key: its text, or, for markup such as yEd's
     * node graphics, the label's text as the name and the geometry as the position, where the file
     * gives them in no data of their own.
     */
    private static void data(XMLStreamReader xml, String key, Map<String, String> values) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        StringBuilder label = null;
        String x = null;
        String y = null;
        boolean markup = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
                markup = true;
                String local = xml.getLocalName();
                if (local.equals("Geometry")) {
                    x = xml.getAttributeValue(null, "x");
                    y = xml.getAttributeValue(null, "y");
                } else if (local.equals("NodeLabel") && label == null) {
                    label = new StringBuilder();
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                (label != null && depth > 1 ? label : text).append(xml.getText());
            }
        }
        if (!markup) {
            values.put(key, text.toString().strip());
            return;
        }
        if (label != null && !label.toString().isBlank()) {
            values.putIfAbsent("name", label.toString().strip());
        }
        if (x != null && y != null) {
            values.putIfAbsent("x", x);
            values.putIfAbsent("y", y);
        }
    }

    private static String normal(String key) {
        String lower = key == null ? "" : key.toLowerCase(Locale.ROOT);
        return switch (lower) {
        case "label" -> "name";
        case "ip" -> "managementip";
        default -> lower;
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Device device(Port port) {
        return (Device) port.eContainer();
    }

    /**
     * What an import has read so far, checked as it goes against the diagram and itself: nothing
     * is added to the diagram until {@link #addTo} has everything.
     */
    private static final class Reading {

        private final Diagram diagram;
        private final Map<String, Device> devices = new LinkedHashMap<>();
        private final Map<String, Zone> zones = new LinkedHashMap<>();
        private final List<Device> newDevices = new ArrayList<>();
        private final List<Zone> newZones = new ArrayList<>();
        private final List<Link> newLinks = new ArrayList<>();
        private final Map<Port, Link> linked = new HashMap<>();
        private String where = "";

        Reading(Diagram diagram) {
            this.diagram = diagram;
            diagram.getDevices().forEach(d -> devices.put(d.getName(), d));
            diagram.getZones().forEach(z -> zones.put(z.getName(), z));
            diagram.getLinks().forEach(l -> {
                linked.put(l.getSource(), l);
                linked.put(l.getTarget(), l);
            });
        }

        void at(String where) {
            this.where = where;
        }

        void fail(String problem) {
            throw new TopologyException(where + ": " + problem);
        }

        void device(String name, String typeId, String address, String zoneName, String x, String y) {
            if (name == null || name.isBlank()) {
                fail(Messages.format("nameMissing"));
            }
            if (devices.containsKey(name.strip())) {
                fail(Messages.format("importDuplicateDevice", name.strip()));
            }
            Device device = TopologyFactory.eINSTANCE.createDevice();
            device.setName(name.strip());
            device.setDeviceType(typeId == null || typeId.isBlank() ? "server" : typeId.strip());
            DeviceTypes.DeviceType type = DeviceTypes.find(device.getDeviceType());
            if (type == null) {
                fail(Messages.format("importUnknownType", device.getDeviceType()));
            }
            try {
                if (address != null && !address.isBlank()) {
                    device.setManagementIp(Subnets.address(address).toCanonicalString());
                }
            } catch (TopologyException e) {
                fail(e.getMessage());
            }
            device.setX(number(x, "x"));
            device.setY(number(y, "y"));
            fits(device);
            device.setWidth(DiagramEditing.DEVICE_WIDTH);
            device.setHeight(DiagramEditing.DEVICE_HEIGHT);
            DiagramEditing.addDefaults(device, type);
            if (zoneName != null && !zoneName.isBlank()) {
                device.setZone(zones.computeIfAbsent(zoneName.strip(), n -> {
                    Zone zone = TopologyFactory.eINSTANCE.createZone();
                    zone.setName(n);
                    fits(zone);
                    newZones.add(zone);
                    return zone;
                }));
            }
            devices.put(device.getName(), device);
            newDevices.add(device);
        }

        void link(String from, String fromPort, String to, String toPort, String media, String bandwidth) {
            Port source = port(from, fromPort);
            Port target = port(to, toPort);
            if (source.eContainer() == target.eContainer()) {
                fail(Messages.format("sameDevice", DiagramExchange.device(source).getName()));
            }
            Link link = TopologyFactory.eINSTANCE.createLink();
            link.setSource(source);
            link.setTarget(target);
            Media kind = media == null || media.isBlank() ? source.getMedia() : Media.get(media.strip().toLowerCase(Locale.ROOT));
            if (kind == null) {
                fail(Messages.format("typeMedia", media));
            }
            link.setMedia(kind);
            link.setBandwidthMbps(bandwidth == null || bandwidth.isBlank() ? Math.min(source.getSpeedMbps(), target.getSpeedMbps())
                    : bandwidth(bandwidth));
            linked.put(source, link);
            linked.put(target, link);
            newLinks.add(link);
        }

        /** @return the named port of the named device; without a name, its first free port */
        private Port port(String deviceName, String portName) {
            Device device = deviceName == null ? null : devices.get(deviceName.strip());
            if (device == null) {
                fail(Messages.format("importNoDevice", deviceName));
            }
            Port port = null;
            for (Port candidate : device.getPorts()) {
                if (portName == null || portName.isBlank() ? !linked.containsKey(candidate) : candidate.getName().equals(portName.strip())) {
                    port = candidate;
                    break;
                }
            }
            if (port == null) {
                fail(portName == null || portName.isBlank() ? Messages.format("importNoFreePort", device.getName())
                        : Messages.format("importNoPort", device.getName(), portName.strip()));
            }
            if (linked.containsKey(port)) {
                fail(Messages.format("importPortTaken", device.getName(), port.getName()));
            }
            return port;
        }

        /** Diagram coordinates and bandwidths outside this range are refused, not wrapped around. */
        private static final double LIMIT = 1_000_000_000;

        private int number(String text, String column) {
            if (text == null || text.isBlank()) {
                return 0;
            }
            double value;
            try {
                value = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                fail(Messages.format("typeNumber", column, text));
                return 0;
            }
            if (!Double.isFinite(value) || Math.abs(value) > LIMIT) {
                fail(Messages.format("numberRange", column, text, String.format(Locale.ROOT, "%,.0f", LIMIT)));
            }
            return (int) Math.round(value);
        }

        private int bandwidth(String text) {
            int value = number(text, "bandwidthMbps");
            if (value <= 0) {
                fail(Messages.format("bandwidthPositive", text));
            }
            return value;
        }

        /** Every text fits its database column, as the model's rules say, or the import is refused with the limit. */
        private void fits(org.eclipse.emf.ecore.EObject object) {
            for (org.eclipse.emf.ecore.EAttribute attribute : object.eClass().getEAllAttributes()) {
                org.eclipse.emf.common.util.BasicDiagnostic chain = new org.eclipse.emf.common.util.BasicDiagnostic();
                if (!org.opsbench.model.validation.ModelRules.fitsColumn(object, attribute, chain)) {
                    fail(chain.getChildren().get(0).getMessage());
                }
            }
        }

        Imported addTo(DiagramEditing editing) {
            Imported imported = new Imported(List.copyOf(newZones), List.copyOf(newDevices), List.copyOf(newLinks));
            editing.add(imported);
            return imported;
        }
    }
}
