package org.opsbench.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.internal.Subnets;
import org.opsbench.topology.model.AddressRange;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.DeviceProperty;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.model.RangePurpose;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.TopologyPackage.Literals;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/**
 * Every change to a diagram as one command on a command stack, so that each can be undone and
 * redone: what the topology editor does, with no UI. Each method executes one command (a compound
 * one where a change has several parts, e.g. deleting a device with its links) labelled for the
 * Edit menu, and refuses what would break the diagram with a {@link TopologyException} before
 * anything changes.
 */
public final class DiagramEditing {

    /**
     * The kinds of change, named as the Edit menu shows them ("Undo Add Firewall"). The editor's
     * gestures carry the same names, so a step is named in one place whichever way it was made.
     */
    public enum Step {
        ADD_DEVICE("commandAddDevice"), MOVE("commandMove"), RESIZE("commandResize"), RENAME("commandRename"),
        CONNECT("commandConnect"), PORTS("commandPorts"), DELETE("commandDelete"), ADD_ZONE("commandAddZone"),
        ZONE("commandZone"), ROUTING("commandRouting"), ADDRESS("commandAddress"), LAYOUT("commandLayout"),
        IMPORT("commandImport"), PASTE("commandPaste"), EQUIPMENT("commandEquipment"), SUBNET("commandSubnet"), KIND("commandKind"),
        ADDRESS_PLAN("commandAddressPlan");

        private final String key;

        Step(String key) {
            this.key = key;
        }

        /** @return the step's name in the user's language; {@link #ADD_DEVICE} takes the device type's name */
        public String label(Object... arguments) {
            return Messages.format(key, arguments);
        }
    }

    /** Size of a new device on the canvas. */
    public static final int DEVICE_WIDTH = 96;
    public static final int DEVICE_HEIGHT = 64;

    private final Diagram diagram;
    private final EditingDomain domain;
    /** While {@link #inOneStep} runs: the commands executed so far, to go on the stack as one. */
    private CompoundCommand step;

    public DiagramEditing(Diagram diagram) {
        this(diagram, new BasicCommandStack());
    }

    /** @param commandStack the stack the commands go on (an editor's, to share its dirty state) */
    public DiagramEditing(Diagram diagram, CommandStack commandStack) {
        this.diagram = diagram;
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), commandStack);
    }

    public Diagram diagram() {
        return diagram;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** @return a new device of {@code type} at (x, y), with the type's default ports and an empty value per property */
    public Device addDevice(DeviceTypes.DeviceType type, String name, int x, int y) {
        Device device = TopologyFactory.eINSTANCE.createDevice();
        device.setDeviceType(type.id());
        device.setName(requireName(name));
        device.setX(x);
        device.setY(y);
        device.setWidth(DEVICE_WIDTH);
        device.setHeight(DEVICE_HEIGHT);
        addDefaults(device, type);
        run(labelled(Step.ADD_DEVICE.label(type.name()), new AddCommand(domain, diagram, Literals.DIAGRAM__DEVICES, device)));
        return device;
    }

    /** Gives a new device its type's default ports and an empty value for each of the type's properties. */
    static void addDefaults(Device device, DeviceTypes.DeviceType type) {
        for (DeviceTypes.PortTemplate template : type.ports()) {
            Port port = TopologyFactory.eINSTANCE.createPort();
            port.setName(template.name());
            port.setMedia(template.media());
            port.setSpeedMbps(template.speedMbps());
            device.getPorts().add(port);
        }
        for (DeviceTypes.PropertyTemplate template : type.properties()) {
            DeviceProperty property = TopologyFactory.eINSTANCE.createDeviceProperty();
            property.setKey(template.key());
            device.getProperties().add(property);
        }
    }

    /** Adds what an import read (new zones, devices with their ports, links) in one step. */
    void add(DiagramExchange.Imported imported) {
        CompoundCommand add = new CompoundCommand(Step.IMPORT.label());
        if (!imported.zones().isEmpty()) {
            add.append(new AddCommand(domain, diagram, Literals.DIAGRAM__ZONES, imported.zones()));
        }
        if (!imported.devices().isEmpty()) {
            add.append(new AddCommand(domain, diagram, Literals.DIAGRAM__DEVICES, imported.devices()));
        }
        if (!imported.links().isEmpty()) {
            add.append(new AddCommand(domain, diagram, Literals.DIAGRAM__LINKS, imported.links()));
        }
        run(add);
    }

    /** Moves the devices by (dx, dy), together: one step to undo. */
    public void move(Collection<Device> devices, int dx, int dy) {
        CompoundCommand move = new CompoundCommand(Step.MOVE.label());
        for (Device device : devices) {
            move.append(set(device, Literals.DEVICE__X, device.getX() + dx));
            move.append(set(device, Literals.DEVICE__Y, device.getY() + dy));
        }
        run(move);
    }

    /** Sets a device's bounds (moved and resized); a size below 16 is refused. */
    public void setBounds(Device device, int x, int y, int width, int height) {
        resize(device, device.getName(), x, y, width, height);
    }

    /** @return why an element cannot take this size (below 16 a side), or null when it can: asked before a resize is carried out */
    public String refusesSize(String name, int width, int height) {
        return width < 16 || height < 16 ? Messages.format("tooSmall", name, width, height) : null;
    }

    /** Devices and zones both have x, y, width and height. */
    private void resize(EObject element, String name, int x, int y, int width, int height) {
        String refused = refusesSize(name, width, height);
        if (refused != null) {
            throw new TopologyException(refused);
        }
        CompoundCommand bounds = new CompoundCommand(Step.RESIZE.label());
        int[] values = { x, y, width, height };
        String[] features = { "x", "y", "width", "height" };
        for (int i = 0; i < features.length; i++) {
            bounds.append(set(element, element.eClass().getEStructuralFeature(features[i]), values[i]));
        }
        run(bounds);
    }

    /**
     * Lets a device stand for an equipment item of the customer (null: for none); its vendor, model,
     * serial number and the statuses other features report come from the item.
     */
    public void linkEquipment(Device device, org.opsbench.model.Equipment equipment) {
        run(labelled(Step.EQUIPMENT.label(), set(device, Literals.DEVICE__EQUIPMENT, equipment)));
    }

    /** Renames a device (the label edited in place). */
    public void rename(Device device, String name) {
        run(labelled(Step.RENAME.label(), set(device, Literals.DEVICE__NAME, requireName(name))));
    }

    /**
     * Links two ports of different devices; the link takes the first port's media and the lower of
     * their speeds. A port takes one link.
     */
    public Link connect(Port source, Port target) {
        Device from = (Device) source.eContainer();
        Device to = (Device) target.eContainer();
        if (from == to) {
            throw new TopologyException(Messages.format("sameDevice", from.getName()));
        }
        for (Port port : List.of(source, target)) {
            Link taken = linkAt(port);
            if (taken != null) {
                throw new TopologyException(Messages.format("portTaken", ((Device) port.eContainer()).getName(), port.getName(),
                        describe(taken)));
            }
        }
        Link link = TopologyFactory.eINSTANCE.createLink();
        link.setSource(source);
        link.setTarget(target);
        link.setMedia(source.getMedia()); // when the ends differ, DiagramValidation flags the link
        int speed = Math.min(source.getSpeedMbps(), target.getSpeedMbps());
        link.setBandwidthMbps(speed > 0 ? speed : Math.max(source.getSpeedMbps(), target.getSpeedMbps()));
        run(labelled(Step.CONNECT.label(), new AddCommand(domain, diagram, Literals.DIAGRAM__LINKS, link)));
        return link;
    }

    /**
     * Moves a link's ends to other ports of the same two devices (the port names a link shows); a
     * port already linked elsewhere is refused. The link takes the new source port's media and the
     * lower speed, as a new link would.
     */
    public void reconnect(Link link, Port source, Port target) {
        if (source.eContainer() != link.getSource().eContainer() || target.eContainer() != link.getTarget().eContainer()) {
            throw new IllegalArgumentException("A link's ports stay on its devices");
        }
        for (Port port : List.of(source, target)) {
            Link taken = linkAt(port);
            if (taken != null && taken != link) {
                throw new TopologyException(Messages.format("portTaken", ((Device) port.eContainer()).getName(), port.getName(), describe(taken)));
            }
        }
        int speed = Math.min(source.getSpeedMbps(), target.getSpeedMbps());
        CompoundCommand ports = new CompoundCommand(Step.PORTS.label());
        ports.append(set(link, Literals.LINK__SOURCE, source));
        ports.append(set(link, Literals.LINK__TARGET, target));
        ports.append(set(link, Literals.LINK__MEDIA, source.getMedia()));
        ports.append(set(link, Literals.LINK__BANDWIDTH_MBPS, speed > 0 ? speed : Math.max(source.getSpeedMbps(), target.getSpeedMbps())));
        run(ports);
    }

    /**
     * @return why {@link #connect(Device, Device)} would refuse to link the two devices (the same device,
     *         or one without a free port), or null when it would link them: an editor asks while the
     *         link is being drawn, before the mouse is released
     */
    public String refusesConnecting(Device source, Device target) {
        if (source == target) {
            return Messages.format("sameDevice", source.getName());
        }
        for (Device device : List.of(source, target)) {
            if (freePorts(device).isEmpty()) {
                return Messages.format("importNoFreePort", device.getName());
            }
        }
        return null;
    }

    /** @return the link at a port, or null */
    public Link linkAt(Port port) {
        for (Link link : diagram.getLinks()) {
            if (link.getSource() == port || link.getTarget() == port) {
                return link;
            }
        }
        return null;
    }

    /**
     * Links two devices: the source's first free port that some free port of the target can be cabled
     * to (the same media, or a virtual port), with the first such target port; the first free ports of
     * both when no pair fits. What drawing a link from one device to another does. A device without a
     * free port is refused.
     */
    public Link connect(Device source, Device target) {
        String refused = refusesConnecting(source, target);
        if (refused != null) {
            throw new TopologyException(refused);
        }
        List<Port> sourcePorts = freePorts(source);
        List<Port> targetPorts = freePorts(target);
        for (Port from : sourcePorts) {
            for (Port to : targetPorts) {
                if (DiagramValidation.compatible(from, to)) {
                    return connect(from, to);
                }
            }
        }
        return connect(sourcePorts.get(0), targetPorts.get(0));
    }

    /** @return the device's ports without a link, in order */
    public List<Port> freePorts(Device device) {
        Set<Port> linked = new java.util.HashSet<>();
        for (Link link : diagram.getLinks()) {
            linked.add(link.getSource());
            linked.add(link.getTarget());
        }
        return device.getPorts().stream().filter(port -> !linked.contains(port)).toList();
    }

    /** @return the links at any port of the device */
    public List<Link> linksOf(Device device) {
        return diagram.getLinks().stream().filter(l -> l.getSource().eContainer() == device || l.getTarget().eContainer() == device).toList();
    }

    /**
     * Deletes devices (with their links), links and zones (their devices stay, outside any zone), in
     * one step.
     */
    public void delete(Collection<? extends EObject> elements) {
        Set<Link> links = new LinkedHashSet<>();
        Set<Device> devices = new LinkedHashSet<>();
        Set<Zone> zones = new LinkedHashSet<>();
        for (EObject element : elements) {
            switch (element) {
            case Device device -> {
                devices.add(device);
                links.addAll(linksOf(device));
            }
            case Link link -> links.add(link);
            case Zone zone -> zones.add(zone);
            default -> throw new IllegalArgumentException("Not a diagram element: " + element.eClass().getName());
            }
        }
        CompoundCommand delete = new CompoundCommand(Step.DELETE.label());
        for (Device device : diagram.getDevices()) {
            if (!devices.contains(device) && zones.contains(device.getZone())) {
                delete.append(set(device, Literals.DEVICE__ZONE, null));
            }
        }
        if (!links.isEmpty()) {
            delete.append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__LINKS, links));
        }
        if (!devices.isEmpty()) {
            delete.append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__DEVICES, devices));
        }
        if (!zones.isEmpty()) {
            delete.append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__ZONES, zones));
        }
        run(delete);
    }

    /** @return a new zone or site container with the given bounds */
    public Zone addZone(String name, ZoneKind kind, String subnet, int x, int y, int width, int height) {
        Zone zone = TopologyFactory.eINSTANCE.createZone();
        zone.setName(requireName(name));
        zone.setKind(kind);
        zone.setSubnet(subnet == null || subnet.isBlank() ? null : Subnets.subnet(subnet).toCanonicalString());
        zone.setX(x);
        zone.setY(y);
        zone.setWidth(width);
        zone.setHeight(height);
        run(labelled(Step.ADD_ZONE.label(), new AddCommand(domain, diagram, Literals.DIAGRAM__ZONES, zone)));
        return zone;
    }

    /** Puts devices into a zone (null: out of any). */
    public void putInZone(Collection<Device> devices, Zone zone) {
        CompoundCommand put = new CompoundCommand(Step.ZONE.label());
        devices.forEach(device -> put.append(set(device, Literals.DEVICE__ZONE, zone)));
        run(put);
    }

    /** Moves a zone and every device in it by (dx, dy): they move together. */
    public void moveZone(Zone zone, int dx, int dy) {
        CompoundCommand move = new CompoundCommand(Step.MOVE.label());
        move.append(set(zone, Literals.ZONE__X, zone.getX() + dx));
        move.append(set(zone, Literals.ZONE__Y, zone.getY() + dy));
        for (Device device : diagram.getDevices()) {
            if (device.getZone() == zone) {
                move.append(set(device, Literals.DEVICE__X, device.getX() + dx));
                move.append(set(device, Literals.DEVICE__Y, device.getY() + dy));
            }
        }
        run(move);
    }

    /** Moves and resizes a zone; its devices stay where they are. A size below 16 is refused. */
    public void setBounds(Zone zone, int x, int y, int width, int height) {
        resize(zone, zone.getName(), x, y, width, height);
    }

    /** Renames a zone. */
    public void rename(Zone zone, String name) {
        run(labelled(Step.RENAME.label(), set(zone, Literals.ZONE__NAME, requireName(name))));
    }

    /** Sets a zone's subnet in CIDR notation (blank: none); a malformed one, or an address instead of a subnet, is refused. */
    public void setSubnet(Zone zone, String cidr) {
        String value = cidr == null || cidr.isBlank() ? null : Subnets.subnet(cidr).toCanonicalString();
        run(labelled(Step.SUBNET.label(), set(zone, Literals.ZONE__SUBNET, value)));
    }

    /** One row of the IP address plan as an editor holds it: what the range is for, its CIDR, a note. */
    public record PlanRow(RangePurpose purpose, String cidr, String note) {
    }

    /**
     * @return why the rows cannot be the address plan (the first row, 1-based, whose CIDR is not a
     *         subnet, or that overlaps an earlier one), or null when they can
     */
    public static String refusesAddressPlan(List<PlanRow> rows) {
        List<String> subnets = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlanRow row = rows.get(i);
            String cidr;
            try {
                cidr = Subnets.subnet(row.cidr()).toCanonicalString();
            } catch (TopologyException malformed) {
                return Messages.format("planRow", i + 1, malformed.getMessage());
            }
            for (int j = 0; j < subnets.size(); j++) {
                if (Subnets.overlap(subnets.get(j), cidr)) {
                    return Messages.format("planRow", i + 1, Messages.format("planOverlap", cidr, j + 1, subnets.get(j)));
                }
            }
            subnets.add(cidr);
        }
        return null;
    }

    /**
     * Replaces the diagram's IP address plan by {@code rows}, in one step that undoes as a whole.
     *
     * @throws TopologyException naming the row when {@link #refusesAddressPlan} refuses them; nothing is changed
     */
    public void setAddressPlan(List<PlanRow> rows) {
        String refused = refusesAddressPlan(rows);
        if (refused != null) {
            throw new TopologyException(refused);
        }
        List<AddressRange> ranges = new ArrayList<>();
        for (PlanRow row : rows) {
            AddressRange range = TopologyFactory.eINSTANCE.createAddressRange();
            range.setPurpose(row.purpose() == null ? RangePurpose.USABLE : row.purpose());
            range.setCidr(Subnets.subnet(row.cidr()).toCanonicalString());
            range.setNote(row.note() == null || row.note().isBlank() ? null : row.note().strip());
            ranges.add(range);
        }
        CompoundCommand replace = new CompoundCommand(Step.ADDRESS_PLAN.label());
        if (!diagram.getAddressPlan().isEmpty()) {
            replace.append(new RemoveCommand(domain, diagram, Literals.DIAGRAM__ADDRESS_PLAN, List.copyOf(diagram.getAddressPlan())));
        }
        if (!ranges.isEmpty()) {
            replace.append(new AddCommand(domain, diagram, Literals.DIAGRAM__ADDRESS_PLAN, ranges));
        }
        run(replace);
    }

    /** @return what a range of the address plan is for, in the user's language */
    public static String label(RangePurpose purpose) {
        return Messages.format("purpose." + purpose.getLiteral());
    }

    /** @return the address plan as rows, for an editor */
    public List<PlanRow> addressPlan() {
        return diagram.getAddressPlan().stream().map(r -> new PlanRow(r.getPurpose(), r.getCidr(), r.getNote())).toList();
    }

    /** Makes a container a zone (a network segment) or a site (a place). */
    public void setKind(Zone zone, ZoneKind kind) {
        run(labelled(Step.KIND.label(), set(zone, Literals.ZONE__KIND, kind)));
    }

    /**
     * Runs several edits as one step on the stack, labelled {@code label}: what an editor does for
     * one gesture that changes several things (moving a selection, dropping a device into a zone).
     * Without a label the step takes its first edit's ("Add Router", "Move"). When one edit is
     * refused, the ones before it are undone and nothing reaches the stack.
     */
    public void inOneStep(String label, Runnable edits) {
        if (step != null) { // already inside a step: part of it
            edits.run();
            return;
        }
        CompoundCommand done = new CompoundCommand(label);
        step = done;
        try {
            edits.run();
        } catch (RuntimeException refused) {
            step = null;
            done.undo(); // in reverse order
            throw refused;
        } finally {
            step = null;
        }
        if (!done.getCommandList().isEmpty()) {
            commandStack().execute(new Executed(label != null ? label : done.getCommandList().get(0).getLabel(), done));
        }
    }

    /** Edits already carried out inside {@link #inOneStep}: the stack's execute only records them. */
    private static final class Executed extends AbstractCommand {
        private final CompoundCommand edits;
        private boolean recorded;

        Executed(String label, CompoundCommand edits) {
            super(label);
            this.edits = edits;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            if (recorded) {
                edits.redo();
            }
            recorded = true;
        }

        @Override
        public void undo() {
            edits.undo();
        }

        @Override
        public void redo() {
            edits.redo();
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return edits.getAffectedObjects();
        }
    }

    /** Devices copied with their ports and properties, and the links among them; independent of any diagram. */
    public record Copied(List<Device> devices, List<Link> links) {
        public boolean isEmpty() {
            return devices.isEmpty();
        }
    }

    /**
     * Copies the devices (ports, properties, size, zone) and the links between two of them. A copy
     * is new hardware: it stands for no equipment item and has no management address.
     */
    public static Copied copy(Collection<Device> devices) {
        Set<Device> chosen = new LinkedHashSet<>(devices);
        List<Link> inside = new java.util.ArrayList<>();
        if (!chosen.isEmpty() && chosen.iterator().next().eContainer() instanceof Diagram from) {
            for (Link link : from.getLinks()) {
                if (chosen.contains(link.getSource().eContainer()) && chosen.contains(link.getTarget().eContainer())) {
                    inside.add(link);
                }
            }
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<Device> copies = new java.util.ArrayList<>();
        for (Device device : chosen) {
            copies.add((Device) copier.copy(device));
        }
        List<Link> links = new java.util.ArrayList<>();
        for (Link link : inside) {
            links.add((Link) copier.copy(link));
        }
        copier.copyReferences(); // links now join the copied ports; zones stay the originals
        for (Device copy : copies) {
            copy.setEquipment(null);
            copy.setManagementIp(null);
        }
        return new Copied(List.copyOf(copies), List.copyOf(links));
    }

    /**
     * Adds a copy of what was copied, moved by (dx, dy), in one step: each device named after its
     * original with the first free number ("sw-01-2"), in its original's zone when that zone is in this
     * diagram. Pasting again adds another copy.
     *
     * @return the new devices
     */
    public List<Device> paste(Copied copied, int dx, int dy) {
        if (copied.isEmpty()) {
            return List.of();
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        List<Device> devices = new java.util.ArrayList<>();
        for (Device device : copied.devices()) {
            devices.add((Device) copier.copy(device));
        }
        List<Link> links = new java.util.ArrayList<>();
        for (Link link : copied.links()) {
            links.add((Link) copier.copy(link));
        }
        copier.copyReferences();
        Set<String> taken = new java.util.HashSet<>();
        diagram.getDevices().forEach(device -> taken.add(device.getName()));
        for (Device device : devices) {
            String name = device.getName();
            for (int n = 2; taken.contains(name); n++) {
                name = device.getName() + "-" + n;
            }
            taken.add(name);
            device.setName(name);
            device.setX(device.getX() + dx);
            device.setY(device.getY() + dy);
            if (device.getZone() != null && !diagram.getZones().contains(device.getZone())) {
                device.setZone(null);
            }
        }
        CompoundCommand paste = new CompoundCommand(Step.PASTE.label());
        paste.append(new AddCommand(domain, diagram, Literals.DIAGRAM__DEVICES, devices));
        if (!links.isEmpty()) {
            paste.append(new AddCommand(domain, diagram, Literals.DIAGRAM__LINKS, links));
        }
        run(paste);
        return devices;
    }

    /** Draws the links straight or at right angles. */
    public void setRouting(Routing routing) {
        run(labelled(Step.ROUTING.label(), set(diagram, Literals.DIAGRAM__ROUTING, routing)));
    }

    /** Sets a device's management IP address; a malformed one is refused. */
    public void setManagementIp(Device device, String address) {
        String value = address == null || address.isBlank() ? null : Subnets.address(address).toCanonicalString();
        run(labelled(Step.ADDRESS.label(), set(device, Literals.DEVICE__MANAGEMENT_IP, value)));
    }

    /** Applies a computed layout: every device and container to its new bounds, in one step to undo. */
    public void place(DiagramLayout.Placement placement) {
        CompoundCommand place = new CompoundCommand(Step.LAYOUT.label());
        placement.devices().forEach((device, bounds) -> {
            place.append(set(device, Literals.DEVICE__X, bounds[0]));
            place.append(set(device, Literals.DEVICE__Y, bounds[1]));
        });
        placement.zones().forEach((zone, bounds) -> {
            place.append(set(zone, Literals.ZONE__X, bounds[0]));
            place.append(set(zone, Literals.ZONE__Y, bounds[1]));
            place.append(set(zone, Literals.ZONE__WIDTH, bounds[2]));
            place.append(set(zone, Literals.ZONE__HEIGHT, bounds[3]));
        });
        run(place);
    }

    public boolean canUndo() {
        return commandStack().canUndo();
    }

    public boolean canRedo() {
        return commandStack().canRedo();
    }

    public void undo() {
        commandStack().undo();
    }

    public void redo() {
        commandStack().redo();
    }

    private Command set(EObject owner, EStructuralFeature feature, Object value) {
        // Constructed directly: no item providers are needed for the model's own features.
        return new SetCommand(domain, owner, feature, value);
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand labelled = new CompoundCommand(label);
        labelled.append(command);
        return labelled;
    }

    private void run(Command command) {
        if (command instanceof CompoundCommand compound && compound.isEmpty()) {
            return;
        }
        if (!command.canExecute()) {
            throw new IllegalStateException("Cannot execute " + command.getLabel());
        }
        if (step != null) {
            command.execute();
            step.append(command);
        } else {
            commandStack().execute(command);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new TopologyException(Messages.format("nameMissing"));
        }
        return name.strip();
    }

    private static String describe(Link link) {
        return ((Device) link.getSource().eContainer()).getName() + " " + link.getSource().getName() + " - "
                + ((Device) link.getTarget().eContainer()).getName() + " " + link.getTarget().getName();
    }
}
