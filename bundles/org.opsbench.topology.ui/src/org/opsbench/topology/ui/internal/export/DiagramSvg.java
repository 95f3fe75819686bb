package org.opsbench.topology.ui.internal.export;

import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.opsbench.topology.ui.internal.editparts.DevicePart;
import org.opsbench.topology.ui.internal.editparts.LinkPart;
import org.opsbench.topology.ui.internal.editparts.ZonePart;
import org.opsbench.topology.ui.internal.figures.DeviceFigure;
import org.opsbench.topology.ui.internal.figures.TierColors;
import org.opsbench.topology.ui.internal.figures.ZoneFigure;

/**
 * The diagram as SVG, drawn from what the canvas shows (zones, links along their routes with the
 * port names, devices with their lines of text and badges), so that it scales without blur in
 * documents and browsers. Draw2d 3.2 has no SVG graphics; this writes the few shapes the editor uses.
 */
public final class DiagramSvg {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private DiagramSvg() {
    }

    /** @return the SVG document of what the viewer shows at full size; call on the UI thread */
    public static byte[] write(GraphicalViewer viewer, Rectangle extent, String title) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            svg.writeStartDocument("UTF-8", "1.0");
            svg.writeStartElement("svg");
            svg.writeDefaultNamespace(SVG);
            svg.writeAttribute("width", String.valueOf(extent.width));
            svg.writeAttribute("height", String.valueOf(extent.height));
            svg.writeAttribute("viewBox", extent.x + " " + extent.y + " " + extent.width + " " + extent.height);
            svg.writeAttribute("font-family", "sans-serif");
            svg.writeAttribute("font-size", "12");
            svg.writeStartElement("title");
            svg.writeCharacters(title);
            svg.writeEndElement();
            rect(svg, extent, 0, hex(TierColors.CARD), null, null);
            List<?> children = viewer.getContents().getChildren();
            for (Object child : children) { // zones first: behind everything
                if (child instanceof ZonePart zone) {
                    zone(svg, (ZoneFigure) zone.getFigure());
                }
            }
            for (Object child : children) {
                if (child instanceof DevicePart device) {
                    for (Object link : device.getSourceConnections()) {
                        link(svg, (LinkPart) link);
                    }
                }
            }
            for (Object child : children) {
                if (child instanceof DevicePart device) {
                    device(svg, (DeviceFigure) device.getFigure());
                }
            }
            svg.writeEndElement();
            svg.writeEndDocument();
            svg.close();
        } catch (XMLStreamException e) { // written to memory only
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void zone(XMLStreamWriter svg, ZoneFigure zone) throws XMLStreamException {
        svg.writeStartElement("g");
        svg.writeAttribute("class", zone.isSite() ? "site" : "zone");
        Rectangle box = zone.getBounds();
        String outline = zone.marked() ? hex(TierColors.PROBLEM) : hex(TierColors.ZONE_TITLE);
        rect(svg, box, 0, hex(zone.isSite() ? TierColors.SITE_FILL : TierColors.ZONE_FILL), outline, "4 3");
        text(svg, zone.titleLabel(), true, outline);
        svg.writeEndElement();
    }

    private static void link(XMLStreamWriter svg, LinkPart part) throws XMLStreamException {
        PolylineConnection line = (PolylineConnection) part.getFigure();
        svg.writeStartElement("g");
        svg.writeAttribute("class", "link");
        svg.writeEmptyElement("polyline");
        PointList points = line.getPoints();
        StringBuilder coordinates = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.getPoint(i);
            coordinates.append(i == 0 ? "" : " ").append(point.x).append(',').append(point.y);
        }
        svg.writeAttribute("points", coordinates.toString());
        svg.writeAttribute("fill", "none");
        svg.writeAttribute("stroke", hex(line.getForegroundColor()));
        svg.writeAttribute("stroke-width", String.valueOf(line.getLineWidth()));
        if (line.getLineStyle() == SWT.LINE_DASH) {
            svg.writeAttribute("stroke-dasharray", "6 4");
        }
        for (Label port : part.portLabels()) {
            text(svg, port, false, hex(TierColors.PORT));
        }
        svg.writeEndElement();
    }

    private static void device(XMLStreamWriter svg, DeviceFigure device) throws XMLStreamException {
        svg.writeStartElement("g");
        svg.writeAttribute("class", "device");
        Rectangle box = device.getBounds().getCopy().resize(-1, -1);
        rect(svg, box, 8, hex(TierColors.CARD), hex(device.marked() ? TierColors.PROBLEM : TierColors.OUTLINE), null);
        rect(svg, new Rectangle(box.x + 1, box.y + 1, box.width - 1, 6), 0, hex(device.bandColor()), null, null);
        for (Object child : device.getChildren()) {
            if (child instanceof Label label) {
                text(svg, label, device.bold(label), hex(label.getForegroundColor()));
            }
        }
        if (device.badgeText() != null) {
            Rectangle pill = new Rectangle(box.right() - 8 * device.badgeText().length() - 12, box.y + 2, 8 * device.badgeText().length() + 10, 17);
            rect(svg, pill, 8, hex(TierColors.urgency(device.badgeUrgency())), null, null);
            svg.writeStartElement("text");
            svg.writeAttribute("x", String.valueOf(pill.x + 5));
            svg.writeAttribute("y", String.valueOf(pill.y + 13));
            svg.writeAttribute("fill", hex(TierColors.CARD));
            svg.writeAttribute("font-weight", "bold");
            svg.writeCharacters(device.badgeText());
            svg.writeEndElement();
        }
        svg.writeEndElement();
    }

    private static void rect(XMLStreamWriter svg, Rectangle box, int radius, String fill, String stroke, String dashes) throws XMLStreamException {
        svg.writeEmptyElement("rect");
        svg.writeAttribute("x", String.valueOf(box.x));
        svg.writeAttribute("y", String.valueOf(box.y));
        svg.writeAttribute("width", String.valueOf(box.width));
        svg.writeAttribute("height", String.valueOf(box.height));
        if (radius > 0) {
            svg.writeAttribute("rx", String.valueOf(radius / 2));
        }
        svg.writeAttribute("fill", fill == null ? "none" : fill);
        if (stroke != null) {
            svg.writeAttribute("stroke", stroke);
        }
        if (dashes != null) {
            svg.writeAttribute("stroke-dasharray", dashes);
        }
    }

    /** A label's text where the canvas draws it (its text bounds; the baseline about 80 % down). */
    private static void text(XMLStreamWriter svg, Label label, boolean bold, String color) throws XMLStreamException {
        if (label.getText() == null || label.getText().isEmpty() || label.getParent() == null) {
            return;
        }
        Rectangle at = label.getTextBounds();
        svg.writeStartElement("text");
        svg.writeAttribute("x", String.valueOf(at.x));
        svg.writeAttribute("y", String.valueOf(at.y + Math.round(at.height * 0.8f)));
        svg.writeAttribute("fill", color);
        if (bold) {
            svg.writeAttribute("font-weight", "bold");
        }
        svg.writeCharacters(label.getText());
        svg.writeEndElement();
    }

    private static String hex(Color color) {
        return color == null ? "#000000" : String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }
}
