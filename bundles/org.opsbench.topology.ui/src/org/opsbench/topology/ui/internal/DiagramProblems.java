package org.opsbench.topology.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.opsbench.topology.DiagramValidation;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.ui.internal.editparts.ViewerProperties;

/**
 * The diagram's problems: listed under the canvas (a click selects the element) and marked on the
 * figures, checked again after every change.
 */
final class DiagramProblems {

    private final Table table;
    private final GraphicalViewer viewer;
    private Map<EObject, List<String>> marked = Map.of();

    DiagramProblems(Composite parent, GraphicalViewer viewer, String testId) {
        this.viewer = viewer;
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setData("org.opsbench.testing.id", testId);
        table.setHeaderVisible(true);
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(Messages.problemsColumn);
        column.setWidth(900);
        table.addListener(SWT.Selection, event -> {
            if (event.item != null && event.item.getData() instanceof EObject element
                    && viewer.getEditPartRegistry().get(element) instanceof EditPart part) {
                viewer.select(part);
                viewer.reveal(part);
            }
        });
    }

    /** Forgets the marks of a diagram no longer shown. */
    void clear() {
        marked = Map.of();
    }

    /** Checks the diagram and shows what is wrong, in the list and on the figures that changed state. */
    void validate(Diagram diagram) {
        if (diagram == null || table.isDisposed()) {
            return;
        }
        Map<EObject, List<String>> byElement = new HashMap<>();
        table.removeAll();
        for (DiagramValidation.Problem problem : DiagramValidation.problems(diagram)) {
            byElement.computeIfAbsent(problem.element(), e -> new ArrayList<>()).add(problem.message());
            TableItem row = new TableItem(table, SWT.NONE);
            row.setText(problem.message());
            row.setData(problem.element());
        }
        Set<EObject> changed = new HashSet<>(marked.keySet());
        changed.addAll(byElement.keySet());
        marked = byElement;
        viewer.setProperty(ViewerProperties.PROBLEMS, byElement);
        for (EObject element : changed) {
            if (viewer.getEditPartRegistry().get(element) instanceof EditPart part) {
                part.refresh();
            }
        }
    }

    /** @return the problems listed, in their order */
    List<String> listed() {
        return java.util.Arrays.stream(table.getItems()).map(TableItem::getText).toList();
    }
}
