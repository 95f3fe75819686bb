package org.opsbench.topology.ui.internal.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;

/** A zone or site: a tinted area with a dashed outline, its name and subnet at the top left. */
public final class ZoneFigure extends Figure {

    private final Label title = new Label();
    private boolean site;
    private String problem;

    public ZoneFigure() {
        setLayoutManager(new XYLayout());
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        title.setLabelAlignment(PositionConstants.LEFT);
        title.setForegroundColor(TierColors.ZONE_TITLE);
        add(title, new Rectangle(8, 4, -1, -1));
    }

    /** @param problemText what validation found wrong with the zone (marked in red), or null */
    public void show(String name, String subnet, boolean isSite, String problemText) {
        title.setText(subnet == null ? name : name + "   " + subnet);
        title.setForegroundColor(problemText == null ? TierColors.ZONE_TITLE : TierColors.PROBLEM);
        site = isSite;
        problem = problemText;
        setToolTip(problemText == null ? null : new Label(problemText));
        repaint();
    }

    public Label titleLabel() {
        return title;
    }

    public boolean isSite() {
        return site;
    }

    public boolean marked() {
        return problem != null;
    }

    public String titleText() {
        return title.getText();
    }

    @Override
    protected void paintFigure(Graphics graphics) {
        Rectangle box = getBounds().getCopy().resize(-1, -1);
        graphics.setBackgroundColor(site ? TierColors.SITE_FILL : TierColors.ZONE_FILL);
        graphics.fillRectangle(box);
        graphics.setForegroundColor(problem == null ? TierColors.ZONE_TITLE : TierColors.PROBLEM);
        graphics.setLineStyle(SWT.LINE_DASH);
        graphics.drawRectangle(box);
        graphics.setLineStyle(SWT.LINE_SOLID);
    }
}
