package org.opsbench.topology.ui.internal.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.ToolbarLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.opsbench.topology.DeviceTypes;

/** A device on the canvas: a band in its tier's colour, its name in bold, its type and its management address. */
public final class DeviceFigure extends Figure {

    private static final int BAND = 6;

    private final Label name = new Label();
    private final Label type = new Label();
    private final Label address = new Label();
    /** Vendor, model and serial number of the equipment item the device stands for; shown only when it stands for one. */
    private final Label equipmentLine = new Label();
    private Color band = TierColors.of(DeviceTypes.Tier.ENDPOINT);
    private String problem;
    /** The most urgent status's badge (e.g. "P1 × 2") and urgency, or null. */
    private String badge;
    private int badgeUrgency;
    private String statusText = "";
    private String baseTip = "";

    public DeviceFigure() {
        ToolbarLayout layout = new ToolbarLayout();
        layout.setMinorAlignment(ToolbarLayout.ALIGN_CENTER);
        layout.setSpacing(1);
        setLayoutManager(layout);
        setBorder(new MarginBorder(BAND + 3, 4, 3, 4));
        name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        for (Label label : new Label[] { name, type, address }) {
            label.setLabelAlignment(PositionConstants.CENTER);
        }
        equipmentLine.setLabelAlignment(PositionConstants.CENTER);
        equipmentLine.setForegroundColor(TierColors.PORT);
        type.setForegroundColor(TierColors.MUTED);
        address.setForegroundColor(TierColors.MUTED);
        setOpaque(false);
    }

    /** @param problemText what validation found wrong with the device (marked in red), or null */
    public void show(String deviceName, String typeName, DeviceTypes.Tier tier, String managementIp, String equipment, String problemText) {
        name.setText(deviceName);
        type.setText(typeName);
        address.setText(managementIp == null ? "" : managementIp);
        address.setForegroundColor(problemText == null ? TierColors.MUTED : TierColors.PROBLEM);
        boolean linked = equipment != null && !equipment.isBlank();
        equipmentLine.setText(linked ? equipment : "");
        // Only the lines there is something for: name, type, the equipment item, the address.
        removeAll();
        add(name);
        add(type);
        if (linked) {
            add(equipmentLine);
        }
        if (managementIp != null) {
            add(address);
        }
        band = TierColors.of(tier);
        problem = problemText;
        baseTip = deviceName + "\n" + typeName + (managementIp == null ? "" : "\n" + managementIp)
                + (equipment == null || equipment.isBlank() ? "" : "\n" + equipment) + (problemText == null ? "" : "\n\n" + problemText);
        setToolTip(new Label(baseTip + statusText));
        repaint();
    }

    /** Shows the most urgent status as a badge at the top right; all of them in the tooltip. */
    public void showStatus(java.util.List<org.opsbench.topology.DeviceStatusProvider.Status> statuses) {
        badge = statuses.isEmpty() ? null : statuses.get(0).badge();
        badgeUrgency = statuses.isEmpty() ? Integer.MAX_VALUE : statuses.get(0).urgency();
        StringBuilder text = new StringBuilder();
        statuses.forEach(status -> text.append("\n\n").append(status.badge()).append(": ").append(status.description()));
        statusText = text.toString();
        setToolTip(new Label(baseTip + statusText));
        // A badge sits in a taller top band, above the name, so it never covers it.
        setBorder(new MarginBorder(topBand() + 3, 4, 3, 4));
        revalidate();
        repaint();
    }

    private int topBand() {
        return badge == null ? BAND : org.eclipse.draw2d.FigureUtilities.getTextExtents(badge, name.getFont()).height + 4;
    }

    /** @return the band's colour (the device's tier), for drawings made without Draw2d (SVG) */
    public Color bandColor() {
        return band;
    }

    public boolean bold(Label label) {
        return label == name;
    }

    public String badgeText() {
        return badge;
    }

    public int badgeUrgency() {
        return badgeUrgency;
    }

    public String badge() {
        return badge;
    }

    public boolean marked() {
        return problem != null;
    }

    public String equipmentText() {
        return equipmentLine.getParent() == this ? equipmentLine.getText() : null;
    }

    public String nameText() {
        return name.getText();
    }

    public Label nameLabel() {
        return name;
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        Rectangle box = getBounds().getCopy().resize(-1, -1);
        graphics.setBackgroundColor(TierColors.CARD);
        graphics.fillRoundRectangle(box, 8, 8);
        graphics.setBackgroundColor(band);
        graphics.fillRectangle(box.x + 1, box.y + 1, box.width - 1, BAND);
        if (badge != null) {
            graphics.setBackgroundColor(TierColors.BADGE_BAND);
            graphics.fillRectangle(box.x + 1, box.y + 1 + BAND, box.width - 1, topBand() - BAND);
        }
        graphics.setForegroundColor(problem == null ? TierColors.OUTLINE : TierColors.PROBLEM);
        graphics.setLineWidth(problem == null ? 1 : 2);
        graphics.drawRoundRectangle(problem == null ? box : box.getCopy().shrink(1, 1), 8, 8);
        graphics.setLineWidth(1);
        if (badge != null) {
            org.eclipse.draw2d.geometry.Dimension text = org.eclipse.draw2d.FigureUtilities.getTextExtents(badge, name.getFont());
            Rectangle pill = new Rectangle(box.right() - text.width - 12, box.y + 2, text.width + 10, text.height + 2);
            graphics.setBackgroundColor(TierColors.urgency(badgeUrgency));
            graphics.fillRoundRectangle(pill, pill.height, pill.height);
            graphics.setForegroundColor(TierColors.CARD);
            graphics.setFont(name.getFont());
            graphics.drawText(badge, pill.x + 5, pill.y + 1);
        }
    }
}
