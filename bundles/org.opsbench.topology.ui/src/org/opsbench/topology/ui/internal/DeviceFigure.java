package org.opsbench.topology.ui.internal;

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
final class DeviceFigure extends Figure {

    private static final int BAND = 6;

    private final Label name = new Label();
    private final Label type = new Label();
    private final Label address = new Label();
    private Color band = TierColors.of(DeviceTypes.Tier.ENDPOINT);

    DeviceFigure() {
        ToolbarLayout layout = new ToolbarLayout();
        layout.setMinorAlignment(ToolbarLayout.ALIGN_CENTER);
        layout.setSpacing(1);
        setLayoutManager(layout);
        setBorder(new MarginBorder(BAND + 3, 4, 3, 4));
        name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        for (Label label : new Label[] { name, type, address }) {
            label.setLabelAlignment(PositionConstants.CENTER);
            add(label);
        }
        type.setForegroundColor(TierColors.MUTED);
        address.setForegroundColor(TierColors.MUTED);
        setOpaque(false);
    }

    void show(String deviceName, String typeName, DeviceTypes.Tier tier, String managementIp) {
        name.setText(deviceName);
        type.setText(typeName);
        address.setText(managementIp == null ? "" : managementIp);
        band = TierColors.of(tier);
        setToolTip(new Label(deviceName + "\n" + typeName + (managementIp == null ? "" : "\n" + managementIp)));
        repaint();
    }

    String nameText() {
        return name.getText();
    }

    Label nameLabel() {
        return name;
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        Rectangle box = getBounds().getCopy().resize(-1, -1);
        graphics.setBackgroundColor(TierColors.CARD);
        graphics.fillRoundRectangle(box, 8, 8);
        graphics.setBackgroundColor(band);
        graphics.fillRectangle(box.x + 1, box.y + 1, box.width - 1, BAND);
        graphics.setForegroundColor(TierColors.OUTLINE);
        graphics.drawRoundRectangle(box, 8, 8);
    }
}
