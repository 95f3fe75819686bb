package org.opsbench.topology.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.PlanRow;
import org.opsbench.topology.model.RangePurpose;

/**
 * The diagram's IP address plan as a table of ranges (what each is for, its subnet in CIDR, a note),
 * edited in place: a row is added or removed with the buttons, a malformed or overlapping subnet is
 * named with its row at the top and OK waits until the plan is whole. OK hands the rows to the
 * editor, which stores them as one step to undo.
 */
final class AddressPlanDialog extends TitleAreaDialog {

    static final String TABLE_ID = "plan.table";
    private static final String TEST_ID = "org.opsbench.testing.id";
    private static final int PURPOSE = 0;
    private static final int CIDR = 1;
    private static final int NOTE = 2;

    private final List<PlanRow> rows;
    private Table table;
    private final List<Control[]> editors = new ArrayList<>();

    AddressPlanDialog(Shell parent, List<PlanRow> plan) {
        super(parent);
        this.rows = new ArrayList<>(plan);
    }

    /** @return the rows as the user left them (after OK) */
    List<PlanRow> rows() {
        return List.copyOf(rows);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.planTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.planTitle);
        setMessage(Messages.planMessage);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(TEST_ID, TABLE_ID);
        GridDataFactory.fillDefaults().grab(true, true).hint(620, 260).applyTo(table);
        // Rows as tall as the editors in them (a combo is taller than a line of text), so that none covers the next.
        Combo probe = new Combo(table, SWT.READ_ONLY);
        int rowHeight = probe.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        probe.dispose();
        table.addListener(SWT.MeasureItem, e -> e.height = Math.max(e.height, rowHeight));
        for (String[] column : new String[][] { { Messages.planPurpose, "150" }, { Messages.planCidr, "170" }, { Messages.planNote, "260" } }) {
            TableColumn tableColumn = new TableColumn(table, SWT.NONE);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.planAdd);
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, e -> {
            rows.add(new PlanRow(RangePurpose.USABLE, "", null));
            rebuild();
            Control[] last = editors.get(editors.size() - 1);
            last[CIDR].setFocus();
        });
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(Messages.planRemove);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, e -> {
            int selected = table.getSelectionIndex();
            if (selected >= 0) {
                rows.remove(selected);
                rebuild();
            }
        });
        rebuild();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    /** One row of editors per range: a purpose combo, the CIDR and the note, always editable. */
    private void rebuild() {
        for (Control[] row : editors) {
            Arrays.stream(row).forEach(Control::dispose);
        }
        editors.clear();
        table.removeAll();
        String[] purposes = Arrays.stream(RangePurpose.values()).map(DiagramEditing::label).toArray(String[]::new);
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            PlanRow row = rows.get(i);
            TableItem item = new TableItem(table, SWT.NONE);
            Combo purpose = new Combo(table, SWT.READ_ONLY);
            purpose.setItems(purposes);
            purpose.select((row.purpose() == null ? RangePurpose.USABLE : row.purpose()).getValue());
            purpose.addListener(SWT.Selection, e -> update(index, RangePurpose.get(purpose.getSelectionIndex()), null, null));
            Text cidr = new Text(table, SWT.NONE);
            cidr.setText(row.cidr() == null ? "" : row.cidr());
            cidr.setMessage("10.1.20.0/24");
            cidr.setData(TEST_ID, "plan.cidr." + (index + 1));
            cidr.addModifyListener(e -> update(index, null, cidr.getText(), null));
            Text note = new Text(table, SWT.NONE);
            note.setText(row.note() == null ? "" : row.note());
            note.setData(TEST_ID, "plan.note." + (index + 1));
            note.addModifyListener(e -> update(index, null, null, note.getText()));
            Control[] controls = { purpose, cidr, note };
            for (int column = PURPOSE; column <= NOTE; column++) {
                TableEditor editor = new TableEditor(table);
                editor.grabHorizontal = true;
                editor.grabVertical = true;
                editor.setEditor(controls[column], item, column);
            }
            for (Control control : controls) {
                control.addListener(SWT.FocusIn, e -> table.setSelection(index));
            }
            editors.add(controls);
        }
        check();
    }

    private void update(int index, RangePurpose purpose, String cidr, String note) {
        PlanRow row = rows.get(index);
        rows.set(index, new PlanRow(purpose != null ? purpose : row.purpose(), cidr != null ? cidr : row.cidr(),
                note != null ? note : row.note()));
        check();
    }

    /** The first problem of the plan, with its row, stands at the top; OK only for a whole plan. */
    private void check() {
        String refused = DiagramEditing.refusesAddressPlan(rows);
        if (refused == null) {
            setMessage(Messages.planMessage);
            setErrorMessage(null);
        } else {
            setErrorMessage(refused);
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(refused == null);
        }
        if (refused == null && getShell() != null) {
            setMessage(Messages.planMessage, IMessageProvider.NONE);
        }
    }
}
