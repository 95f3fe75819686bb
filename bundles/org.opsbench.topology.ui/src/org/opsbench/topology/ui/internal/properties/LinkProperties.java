package org.opsbench.topology.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.commands.CommandStack;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.ui.internal.Messages;

/**
 * A link in the Properties view: its two ports, each chosen from its device's free ports (a drawn
 * link takes the first fitting ones; here the engineer picks the real ones), media and bandwidth shown.
 */
public final class LinkProperties extends ElementProperties {

    public static final String SOURCE = "sourcePort";
    public static final String TARGET = "targetPort";
    private static final String MEDIA = "media";
    private static final String BANDWIDTH = "bandwidth";

    private final Link link;

    public LinkProperties(Link link, CommandStack stack, DiagramEditing editing) {
        super(stack, editing);
        this.link = link;
    }

    /** @return the ports an end may take: its current one and every free port of its device, in order */
    public List<Port> choices(boolean source) {
        Port current = source ? link.getSource() : link.getTarget();
        List<Port> free = editing.freePorts((Device) current.eContainer());
        List<Port> choices = new ArrayList<>();
        for (Port port : ((Device) current.eContainer()).getPorts()) {
            if (port == current || free.contains(port)) {
                choices.add(port);
            }
        }
        return choices;
    }

    private String[] labels(boolean source) {
        return choices(source).stream().map(port -> port.getName() + "  (" + port.getMedia().getLiteral() + ", " + port.getSpeedMbps() + " Mbit/s)")
                .toArray(String[]::new);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        String from = ((Device) link.getSource().eContainer()).getName();
        String to = ((Device) link.getTarget().eContainer()).getName();
        return new IPropertyDescriptor[] { new ComboBoxPropertyDescriptor(SOURCE, org.eclipse.osgi.util.NLS.bind(Messages.propPortOf, from), labels(true)),
                new ComboBoxPropertyDescriptor(TARGET, org.eclipse.osgi.util.NLS.bind(Messages.propPortOf, to), labels(false)),
                new PropertyDescriptor(MEDIA, Messages.propMedia), new PropertyDescriptor(BANDWIDTH, Messages.propBandwidth) };
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
            case SOURCE -> choices(true).indexOf(link.getSource());
            case TARGET -> choices(false).indexOf(link.getTarget());
            case MEDIA -> link.getMedia().getLiteral();
            case BANDWIDTH -> link.getBandwidthMbps() + " Mbit/s";
            default -> null;
        };
    }

    /** @param value the index of the chosen port, as the combo box gives it */
    @Override
    public void setPropertyValue(Object id, Object value) {
        boolean source = SOURCE.equals(id);
        if (!source && !TARGET.equals(id) || !(value instanceof Integer index) || index < 0) {
            return;
        }
        List<Port> choices = choices(source);
        if (index >= choices.size()) {
            return;
        }
        Port chosen = choices.get(index);
        Port from = source ? chosen : link.getSource();
        Port to = source ? link.getTarget() : chosen;
        if (from != link.getSource() || to != link.getTarget()) {
            change(Step.PORTS, () -> editing.reconnect(link, from, to));
        }
    }
}
