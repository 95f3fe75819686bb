package org.opsbench.topology;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.Zone;

/**
 * Automatic layout of a diagram with Eclipse ELK's layered algorithm: top to bottom from the WAN
 * through edge, core, distribution and access to the end devices (each link is laid out from the
 * device of the higher tier down), with zones and sites laid out as containers around their
 * devices. Computing the layout changes nothing; {@link DiagramEditing#place} applies it as one
 * undoable step.
 */
public final class DiagramLayout {

    /** Space between devices, and inside a container around its devices. */
    private static final double SPACING = 40;
    private static final double PADDING = 30;
    /** Space around the whole drawing: nothing is packed against the canvas' edges, port labels included. */
    public static final int MARGIN = 48;

    /** The new bounds of every device and container, as x, y, width, height. */
    public record Placement(Map<Device, int[]> devices, Map<Zone, int[]> zones) {
    }

    static {
        // Outside a running Eclipse, ELK finds its algorithms only when told.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private DiagramLayout() {
    }

    /**
     * @param monitor progress and cancellation (null for neither)
     * @throws OperationCanceledException when cancelled; nothing was changed
     */
    public static Placement compute(Diagram diagram, IProgressMonitor monitor) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, diagram.getRouting() == Routing.ORTHOGONAL ? EdgeRouting.ORTHOGONAL : EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, SPACING);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, SPACING * 1.5);
        Map<Zone, ElkNode> zoneNodes = new LinkedHashMap<>();
        for (Zone zone : diagram.getZones()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING + 16, PADDING, PADDING, PADDING)); // room for the name on top
            zoneNodes.put(zone, node);
        }
        Map<Device, ElkNode> deviceNodes = new LinkedHashMap<>();
        for (Device device : diagram.getDevices()) {
            ElkNode parent = device.getZone() != null && zoneNodes.containsKey(device.getZone()) ? zoneNodes.get(device.getZone()) : root;
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setDimensions(Math.max(16, device.getWidth()), Math.max(16, device.getHeight()));
            deviceNodes.put(device, node);
        }
        Map<String, DeviceTypes.Tier> tiers = new HashMap<>();
        DeviceTypes.all().forEach(type -> tiers.put(type.id(), type.tier()));
        for (Link link : diagram.getLinks()) {
            Device from = (Device) link.getSource().eContainer();
            Device to = (Device) link.getTarget().eContainer();
            if (tier(tiers, to).ordinal() < tier(tiers, from).ordinal()) {
                Device higher = to;
                to = from;
                from = higher;
            }
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(deviceNodes.get(from), deviceNodes.get(to));
            ElkGraphUtil.updateContainment(edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new Progress(monitor));

        Map<Device, int[]> devices = new LinkedHashMap<>();
        deviceNodes.forEach((device, node) -> devices.put(device, bounds(node)));
        Map<Zone, int[]> zones = new LinkedHashMap<>();
        zoneNodes.forEach((zone, node) -> zones.put(zone, bounds(node)));
        return new Placement(devices, zones);
    }

    private static DeviceTypes.Tier tier(Map<String, DeviceTypes.Tier> tiers, Device device) {
        return tiers.getOrDefault(device.getDeviceType(), DeviceTypes.Tier.ACCESS);
    }

    /** @return x, y (on the canvas, not in the container), width and height, rounded */
    private static int[] bounds(ElkNode node) {
        double x = node.getX();
        double y = node.getY();
        for (ElkNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
            x += parent.getX();
            y += parent.getY();
        }
        return new int[] { (int) Math.round(x), (int) Math.round(y), (int) Math.round(node.getWidth()), (int) Math.round(node.getHeight()) };
    }

    /** ELK's progress as the caller's monitor: its steps are where a cancellation stops the layout. */
    private static final class Progress extends BasicProgressMonitor {

        private final IProgressMonitor monitor;

        Progress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        protected void doBegin(String name, float totalWork, boolean topInstance, int maxHierarchyLevels) {
            if (topInstance && monitor != null) {
                monitor.beginTask(Messages.format("layoutTask"), IProgressMonitor.UNKNOWN);
            }
            checkCancelled();
        }

        @Override
        protected void doWorked(float work, float completedWork, boolean topInstance) {
            checkCancelled();
        }

        @Override
        protected void doDone(boolean topInstance, int maxHierarchyLevels) {
            if (topInstance && monitor != null) {
                monitor.done();
            }
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
            return new Progress(monitor);
        }

        @Override
        public boolean isCanceled() {
            return monitor != null && monitor.isCanceled();
        }

        private void checkCancelled() {
            if (isCanceled()) {
                throw new OperationCanceledException();
            }
        }
    }
}
