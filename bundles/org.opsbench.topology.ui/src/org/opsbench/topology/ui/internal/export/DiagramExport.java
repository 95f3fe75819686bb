package org.opsbench.topology.ui.internal.export;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.opsbench.topology.DiagramExchange;
import org.opsbench.ui.workbench.FileWriting;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.ui.internal.Messages;
import org.opsbench.topology.ui.internal.figures.TierColors;

/**
 * A diagram out of the editor: a picture (PNG), SVG, the PDF site pack, GraphML, CSV or XMI chosen by
 * the file's extension, and print. What is drawn is taken on the UI thread; files are written in jobs,
 * whole or not at all.
 */
public final class DiagramExport {

    /** Larger diagrams are drawn smaller: an image of this many pixels a side is about 250 MB in memory. */
    public static final int MAX_PICTURE_SIDE = 8000;

    private final GraphicalViewer viewer;
    private final Shell shell;

    public DiagramExport(GraphicalViewer viewer, Shell shell) {
        this.viewer = viewer;
        this.shell = shell;
    }

    /**
     * Writes the diagram to {@code file} in the format its extension names: .png (the picture), .svg,
     * .pdf (the site pack), .graphml, .xmi, or .csv (the devices; the links go to a "-links.csv" file beside it).
     */
    public void exportTo(Diagram diagram, Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png")) {
            exportPng(file);
        } else if (name.endsWith(".pdf")) {
            exportSitePack(diagram, file);
        } else if (name.endsWith(".svg")) {
            Map<Path, byte[]> svg = Map.of(file, DiagramSvg.write(viewer, extent(), diagram.getName()));
            writeInJob(file, () -> svg);
        } else {
            Map<Path, byte[]> files = DiagramExchange.exportFiles(diagram, file); // the model is read on the UI thread that edits it
            writeInJob(file, () -> files);
        }
    }

    /**
     * Draws the whole diagram at full size (whatever the zoom; scaled down beyond {@link #MAX_PICTURE_SIDE}
     * pixels a side) and writes it as PNG in a job.
     *
     * @return the size of the image, in pixels
     */
    public Dimension exportPng(Path file) {
        ImageData data = picture(); // drawn on the UI thread; encoding a large picture takes seconds, so the job does it
        writeInJob(file, () -> Map.of(file, png(data)));
        return new Dimension(data.width, data.height);
    }

    /**
     * Writes the site pack as PDF in a job: the diagram's picture, its address plan, devices and links
     * (SitePack), for engineers on site without the workbench.
     */
    public void exportSitePack(Diagram diagram, Path file) {
        ImageData picture = picture();
        org.opsbench.reports.Report report = org.opsbench.topology.SitePack.report(diagram, png(picture), picture.width, picture.height);
        inJob(file, () -> org.opsbench.reports.PdfReports.write(report, file));
    }

    /** Prints the whole diagram, fitted to one page, on the printer (or file) {@code target} names. */
    public void print(Diagram diagram, org.eclipse.swt.printing.PrinterData target) {
        org.eclipse.swt.printing.Printer printer = new org.eclipse.swt.printing.Printer(target);
        try {
            org.eclipse.gef.print.PrintGraphicalViewerOperation operation = new org.eclipse.gef.print.PrintGraphicalViewerOperation(printer,
                    viewer);
            operation.setPrintMode(org.eclipse.draw2d.PrintFigureOperation.FIT_PAGE);
            operation.run(diagram.getName());
        } finally {
            printer.dispose();
        }
    }

    /** Encodes (if {@code contents} still has work to do) and writes in a job; see {@link #inJob}. */
    private void writeInJob(Path file, java.util.function.Supplier<Map<Path, byte[]>> contents) {
        inJob(file, () -> DiagramFiles.write(contents.get()));
    }

    /** Writes in a job named after {@code file}; a failure is shown to the user, never swallowed. */
    private void inJob(Path file, FileWriting.Writer writing) {
        FileWriting.inJob(shell, NLS.bind(Messages.editorSaving, file.getFileName()), file, writing,
                e -> MessageDialog.openError(shell, shell.getText(), NLS.bind(Messages.exportFailed, e.getMessage())));
    }

    /** @return the area the diagram covers at full size */
    private Rectangle extent() {
        IFigure printable = ((LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.PRINTABLE_LAYERS);
        return printable instanceof FreeformFigure freeform ? freeform.getFreeformExtent().getCopy() : printable.getBounds().getCopy();
    }

    /** @return the whole diagram drawn at full size whatever the zoom, or scaled down to {@link #MAX_PICTURE_SIDE} */
    private ImageData picture() {
        IFigure printable = ((LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID)).getLayer(LayerConstants.PRINTABLE_LAYERS);
        Rectangle extent = extent();
        double scale = Math.min(1.0, (double) MAX_PICTURE_SIDE / Math.max(extent.width, extent.height));
        int width = Math.max(1, (int) Math.floor(extent.width * scale));
        int height = Math.max(1, (int) Math.floor(extent.height * scale));
        Image image = new Image(Display.getCurrent(), width, height);
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            graphics.setBackgroundColor(TierColors.CARD);
            graphics.fillRectangle(0, 0, width, height);
            if (scale < 1.0) {
                graphics.scale(scale);
            }
            graphics.translate(-extent.x, -extent.y);
            printable.paint(graphics);
        } finally {
            graphics.dispose();
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    private static byte[] png(ImageData data) {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(png, SWT.IMAGE_PNG);
        return png.toByteArray();
    }
}
