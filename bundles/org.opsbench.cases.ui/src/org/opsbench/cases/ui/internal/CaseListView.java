package org.opsbench.cases.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommand;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.opsbench.cases.CaseAccess;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.CaseList.Row;
import org.opsbench.cases.CaseList.Urgency;
import org.opsbench.cases.CaseReports;
import org.opsbench.cases.SavedSearches;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.reports.ReportExporters;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * All open cases (closed ones on request) in a NatTable: sorted by a click on a column header,
 * filtered as one types, columns chosen and reordered, each case's next deadline counting down in
 * green, amber (past the warning share) or red (breached). The rows are read in a job; a double
 * click opens the case.
 */
public final class CaseListView extends ViewPart {

    public static final String ID = "org.opsbench.cases.ui.caseList";
    /** Widget ids for the test robot. */
    public static final String TABLE_ID = "caseList.table";
    public static final String FILTER_ID = "caseList.filter";

    static final int DEADLINE_COLUMN = 2;
    private static final String LABEL_PREFIX = "URGENCY_";
    private static final long REPAINT_MILLIS = 30_000;
    /** Rows read and shown before the rest: more than a screen holds. */
    private static final int FIRST_PAGE = 500;

    private final List<Row> all = new ArrayList<>();
    private final List<Row> shown = new ArrayList<>();
    private final RowSortModel sortModel = new RowSortModel();
    private final Runnable onChange = this::reload;
    private NatTable table;
    private DataLayer bodyDataLayer;
    private Text filter;
    private Button mineOnly;
    private Button withClosed;
    private Label count;
    private Long myEngineerId;
    /** A database search the list shows instead of all cases, or null. */
    private CaseList.Criteria criteria;
    /** The logged-in user's rights, read with the rows. */
    private CaseAccess userAccess;
    /** The user's and the shared saved searches, read with the rows. */
    private volatile List<SavedSearches.Saved> savedSearches = List.of();
    private Instant paintedAt = Instant.now();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.filterHint);
        Widgets.id(filter, FILTER_ID);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addModifyListener(e -> applyFilter());
        mineOnly = new Button(parent, SWT.CHECK);
        mineOnly.setText(Messages.mineOnly);
        mineOnly.addListener(SWT.Selection, e -> applyFilter());
        withClosed = new Button(parent, SWT.CHECK);
        withClosed.setText(Messages.withClosed);
        withClosed.addListener(SWT.Selection, e -> reload());
        count = new Label(parent, SWT.NONE);
        GridData countData = new GridData(SWT.END, SWT.CENTER, false, false);
        countData.horizontalIndent = 12; // apart from the check box, so that it reads as the list's count
        count.setLayoutData(countData);

        table = createTable(parent);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        Widgets.id(table, TABLE_ID);

        // The tool bar's commands come from plugin.xml (CaseCommands), with icons, shared with the menus and keys.
        // The view menu runs a saved search in one click; it is read when the menu opens.
        MenuManager savedMenu = new MenuManager(Messages.searchSavedMenu);
        savedMenu.setRemoveAllWhenShown(true);
        savedMenu.addMenuListener(this::fillSavedMenu);
        savedMenu.add(new Separator());
        getViewSite().getActionBars().getMenuManager().add(savedMenu);
        CaseEvents.listen(onChange);
        scheduleRepaint();
        reload();
    }

    /** Runs one of the list's commands (CaseCommands), by its id without the plug-in's prefix. */
    void run(String command) {
        switch (command) {
        case "search" -> openSearch();
        case "allCases" -> showSearch(null);
        case "refresh" -> reload();
        case "exportCsv" -> exportCsv();
        case "halfYearReport" -> halfYearReport();
        case "chooseColumns" -> table.doCommand(new DisplayColumnChooserCommand(table));
        default -> throw new IllegalArgumentException(command);
        }
    }

    /** The rows as shown (filtered and sorted) as CSV, where the user chooses. */
    private void exportCsv() {
        java.nio.file.Path target = ReportFiles.ask(getSite().getShell(), "cases.csv", "csv");
        if (target != null) {
            List<Row> rows = shownRows();
            ReportFiles.write(getSite().getShell(), target,
                    path -> new CaseReports(ServiceDesk.database(), ZoneId.systemDefault()).exportCsv(rows, path));
        }
    }

    /** The half-yearly summary of all cases as a PDF. */
    private void halfYearReport() {
        HalfYearDialog dialog = new HalfYearDialog(getSite().getShell());
        if (dialog.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        java.nio.file.Path target = ReportFiles.askReport(getSite().getShell(), "cases-" + dialog.year() + "-H" + dialog.half());
        if (target != null) {
            int year = dialog.year();
            int half = dialog.half();
            // A customer's staff get their own organisation's summary; nobody else's cases are counted for them.
            CaseAccess access = userAccess;
            if (access == null) {
                return; // the rights are not read yet: nothing is written before they are known
            }
            Long customer = access.customerScope();
            ReportFiles.write(getSite().getShell(), target, path -> ReportExporters.write(
                    new CaseReports(ServiceDesk.database(), ZoneId.systemDefault()).halfYearSummary(year, half, customer, Instant.now()),
                    path));
        }
    }

    /** Reads what the search form offers in a job, then opens it; a search given a name is saved, then shown. */
    void openSearch() {
        CaseList.Criteria previous = criteria == null ? null : criteria.withClosed(withClosed.getSelection());
        Job.create(Messages.searchTitle, (IProgressMonitor monitor) -> {
            SearchDialog.Offer offer = SearchDialog.offer();
            table.getDisplay().asyncExec(() -> {
                if (table.isDisposed()) {
                    return;
                }
                SearchDialog dialog = new SearchDialog(getSite().getShell(), previous, offer);
                if (dialog.open() != org.eclipse.jface.window.Window.OK) {
                    reload(); // searches may have been deleted
                    return;
                }
                CaseList.Criteria chosen = dialog.criteria().withClosed(withClosed.getSelection());
                if (dialog.saveName() == null) {
                    showSearch(chosen);
                    return;
                }
                String name = dialog.saveName();
                boolean shared = dialog.saveShared();
                Job.create(Messages.searchSaveAs, (IProgressMonitor saving) -> {
                    try {
                        new SavedSearches(ServiceDesk.database(), ServiceDesk.user().getLogin()).save(name, shared, chosen);
                    } catch (RuntimeException e) {
                        return Status.error(e.getMessage(), e);
                    }
                    table.getDisplay().asyncExec(() -> showSearch(chosen, name));
                    return Status.OK_STATUS;
                }).schedule();
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void fillSavedMenu(IMenuManager menu) {
        // Read with the rows (reload), never here: the menu is filled on the UI thread.
        List<SavedSearches.Saved> saved = savedSearches;
        if (saved.isEmpty()) {
            Action none = new Action(Messages.searchNoSaved) {
            };
            none.setEnabled(false);
            menu.add(none);
        }
        for (SavedSearches.Saved search : saved) {
            menu.add(new Action(search.name()) {
                @Override
                public void run() {
                    runSaved(search);
                }
            });
        }
    }

    /** Shows the cases a saved search finds, with closed ones as it was saved. */
    void runSaved(SavedSearches.Saved search) {
        withClosed.setSelection(search.criteria().withClosed());
        showSearch(search.criteria(), search.name());
    }

    private NatTable createTable(Composite parent) {
        String[] names = { Messages.columnNumber, Messages.columnSeverity, Messages.columnDeadline, Messages.columnStatus,
                Messages.columnTitle, Messages.columnCustomer, Messages.columnEngineer, Messages.columnOpened };
        IDataProvider body = new ListDataProvider<>(shown, new RowAccessor());
        bodyDataLayer = new DataLayer(body);
        // The columns share the view's width (title and customer most), none narrower than it needs to be
        // readable: a wide view shows whole customer names, a narrow one scrolls instead of cutting the last column.
        int[] percent = { 12, 5, 17, 9, 20, 17, 9, 11 };
        int[] least = { 130, 60, 200, 90, 150, 150, 80, Widgets.timeWidth(parent) };
        bodyDataLayer.setColumnPercentageSizing(true);
        for (int column = 0; column < percent.length; column++) {
            bodyDataLayer.setColumnWidthPercentageByPosition(column, percent[column]);
            bodyDataLayer.setMinColumnWidth(column, least[column]);
        }
        bodyDataLayer.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
            if (columnPosition == DEADLINE_COLUMN && rowPosition < shown.size()) {
                labels.addLabel(LABEL_PREFIX + shown.get(rowPosition).urgency(paintedAt).name());
            }
        });
        ColumnReorderLayer reorder = new ColumnReorderLayer(bodyDataLayer);
        ColumnHideShowLayer hideShow = new ColumnHideShowLayer(reorder);
        SelectionLayer selection = new SelectionLayer(hideShow);
        ViewportLayer viewport = new ViewportLayer(selection);

        DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(names);
        DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerDataLayer, viewport, selection);
        SortHeaderLayer<Row> sortHeader = new SortHeaderLayer<>(header, sortModel);
        DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
        RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader,
                sortHeader);
        GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);
        viewport.registerCommandHandler(new DisplayColumnChooserCommandHandler(selection, hideShow, header, headerDataLayer, null, null));

        NatTable natTable = new NatTable(parent, grid, false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                style(registry, Urgency.ON_TRACK, new Color(0xd7, 0xf0, 0xd2));
                style(registry, Urgency.WARNING, new Color(0xff, 0xe0, 0x8a));
                style(registry, Urgency.BREACHED, new Color(0xf4, 0xa6, 0xa6));
            }
        });
        natTable.addConfiguration(new AbstractUiBindingConfiguration() {
            @Override
            public void configureUiBindings(UiBindingRegistry registry) {
                registry.registerDoubleClickBinding(new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.LEFT_BUTTON),
                        (nat, event) -> {
                            int row = nat.getRowPositionByY(event.y);
                            int bodyRow = nat.getLayer().getRegionLabelsByXY(event.x, event.y).hasLabel(GridRegion.BODY)
                                    ? viewport.localToUnderlyingRowPosition(row - 1)
                                    : -1;
                            if (bodyRow >= 0 && bodyRow < shown.size()) {
                                open(shown.get(bodyRow));
                            }
                        });
            }
        });
        natTable.configure();
        return natTable;
    }

    private static void style(IConfigRegistry registry, Urgency urgency, Color background) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, LABEL_PREFIX + urgency.name());
    }

    /** Shows the cases a database search finds (null: all cases again). */
    void showSearch(CaseList.Criteria search) {
        showSearch(search, search == null ? null : describe(search));
    }

    private void showSearch(CaseList.Criteria search, String description) {
        criteria = search;
        setContentDescription(search == null ? "" : NLS.bind(Messages.searchShown, description));
        reload();
    }

    private static String describe(CaseList.Criteria search) {
        List<String> parts = new ArrayList<>();
        for (Object part : new Object[] { search.text(), search.vendor(), search.kind(), search.status(), search.severity(),
                search.openedFrom() == null ? null : LocalFormats.dateTime(search.openedFrom()), search.openedBefore() == null ? null
                        : LocalFormats.dateTime(search.openedBefore()) }) {
            if (part != null && !part.toString().isBlank()) {
                parts.add(part instanceof org.opsbench.cases.model.CaseStatus s ? CaseLifecycle.label(s) : part.toString().strip());
            }
        }
        return String.join(" · ", parts);
    }

    /** Reads the rows again in a job; the list keeps its filter and sort. */
    void reload() {
        boolean closedToo = withClosed.getSelection();
        String login = ServiceDesk.user().getLogin();
        CaseList.Criteria search = criteria == null ? null : criteria.withClosed(closedToo);
        CaseList.Criteria wanted = search != null ? search : CaseList.Criteria.all(closedToo);
        Job job = Job.create(Messages.casesLoading, (IProgressMonitor monitor) -> {
            Long engineerId = org.opsbench.persistence.Directory.engineerOf(ServiceDesk.database(), login);
            // The newest rows first, so that the list shows at once; then all of them.
            savedSearches = new SavedSearches(ServiceDesk.database(), login).list();
            // A customer's staff see their organisation's cases only.
            CaseAccess access = CaseAccess.of(ServiceDesk.database(), login);
            CaseList.Criteria allowed = access.restrict(wanted);
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    userAccess = access;
                }
            });
            List<Row> first = CaseList.firstPage(ServiceDesk.database(), allowed, FIRST_PAGE);
            show(first, engineerId);
            if (first.size() == FIRST_PAGE && !monitor.isCanceled()) {
                show(CaseList.search(ServiceDesk.database(), allowed), engineerId);
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void show(List<Row> rows, Long engineerId) {
        table.getDisplay().asyncExec(() -> {
            if (!table.isDisposed()) {
                myEngineerId = engineerId;
                all.clear();
                all.addAll(rows);
                applyFilter();
            }
        });
    }

    private void applyFilter() {
        String text = filter.getText();
        boolean mine = mineOnly.getSelection();
        shown.clear();
        for (Row row : all) {
            if (row.matches(text) && (!mine || (myEngineerId != null && myEngineerId.equals(row.engineerId())))) {
                shown.add(row);
            }
        }
        sortModel.apply();
        paintedAt = Instant.now();
        bodyDataLayer.fireLayerEvent(new RowStructuralRefreshEvent(bodyDataLayer));
        count.setText(NLS.bind(Messages.casesCount, shown.size(), all.size()));
        count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
    }

    /** The countdowns move: repaint now and then without reading the database. */
    private void scheduleRepaint() {
        table.getDisplay().timerExec((int) REPAINT_MILLIS, () -> {
            if (!table.isDisposed()) {
                paintedAt = Instant.now();
                table.redraw();
                scheduleRepaint();
            }
        });
    }

    private void open(Row row) {
        try {
            getSite().getPage().openEditor(new CaseEditorInput(row.id(), row.number()), CaseEditor.ID);
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
        }
    }

    /** @return the rows as shown (filtered and sorted), for tests */
    public List<Row> shownRows() {
        return List.copyOf(shown);
    }

    public NatTable table() {
        return table;
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void dispose() {
        CaseEvents.stopListening(onChange);
        super.dispose();
    }

    /**
     * e.g. "response in 0:25" or "diagnosis overdue by 1:10" (hours:minutes), or why no target runs for
     * an open case: "paused: waiting for the customer", "diagnosed: ...", "no SLA plan".
     */
    static String countdown(SlaEvaluator.Deadline deadline, CaseStatus status, Instant now) {
        if (deadline == null) {
            return Messages.clockNoPlan;
        }
        if (!deadline.running()) {
            return switch (deadline.idle()) {
                case PAUSED -> NLS.bind(Messages.clockPaused, CaseLifecycle.label(status));
                case DIAGNOSED -> Messages.clockDiagnosed;
                case NO_TARGET -> Messages.clockNoTarget;
            };
        }
        String target = deadline.target().equals("response") ? Messages.targetResponse : Messages.targetResolve;
        Duration left = Duration.between(now, deadline.dueAt());
        Duration shownLeft = left.abs();
        String hm = shownLeft.toHours() + ":" + String.format("%02d", shownLeft.toMinutesPart());
        return NLS.bind(left.isNegative() ? Messages.deadlineOver : Messages.deadlineIn, target, hm);
    }

    private final class RowAccessor implements IColumnAccessor<Row> {
        @Override
        public Object getDataValue(Row row, int column) {
            return switch (column) {
                case 0 -> row.number();
                case 1 -> row.severity();
                case DEADLINE_COLUMN -> row.closedAt() == null ? countdown(row.deadline(), row.status(), paintedAt) : "";
                case 3 -> CaseLifecycle.label(row.status()) + (row.complaintOpen() ? " !" : "");
                case 4 -> row.title();
                case 5 -> row.customer();
                case 6 -> row.engineer();
                case 7 -> LocalFormats.dateTime(row.openedAt());
                default -> null;
            };
        }

        @Override
        public void setDataValue(Row row, int column, Object value) {
            // read only
        }

        @Override
        public int getColumnCount() {
            return 8;
        }
    }

    /** Sorting by one column at a time, in memory, over the shown rows. */
    private final class RowSortModel implements ISortModel {
        private int column = -1;
        private SortDirectionEnum direction = SortDirectionEnum.NONE;

        private Comparator<Row> comparator(int index) {
            Function<Row, Comparable<?>> key = switch (index) {
                case 0 -> Row::number;
                case 1 -> Row::severity;
                case DEADLINE_COLUMN -> r -> r.deadline() == null || !r.deadline().running() || r.closedAt() != null ? Instant.MAX
                        : r.deadline().dueAt();
                case 3 -> Row::status;
                case 4 -> r -> r.title() == null ? "" : r.title().toLowerCase(Locale.ROOT);
                case 5 -> r -> r.customer() == null ? "" : r.customer();
                case 6 -> r -> r.engineer() == null ? "" : r.engineer();
                default -> Row::openedAt;
            };
            @SuppressWarnings({ "unchecked", "rawtypes" })
            Comparator<Row> byKey = Comparator.comparing(r -> (Comparable) key.apply(r), Comparator.nullsLast(Comparator.naturalOrder()));
            return byKey;
        }

        void apply() {
            if (column >= 0 && direction != SortDirectionEnum.NONE) {
                Comparator<Row> order = comparator(column);
                shown.sort(direction == SortDirectionEnum.DESC ? order.reversed() : order);
            }
        }

        @Override
        public List<Integer> getSortedColumnIndexes() {
            return column >= 0 && direction != SortDirectionEnum.NONE ? List.of(column) : List.of();
        }

        @Override
        public boolean isColumnIndexSorted(int columnIndex) {
            return columnIndex == column && direction != SortDirectionEnum.NONE;
        }

        @Override
        public SortDirectionEnum getSortDirection(int columnIndex) {
            return columnIndex == column ? direction : SortDirectionEnum.NONE;
        }

        @Override
        public int getSortOrder(int columnIndex) {
            return isColumnIndexSorted(columnIndex) ? 0 : -1;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
            return List.of(comparator(columnIndex));
        }

        @Override
        public Comparator<?> getColumnComparator(int columnIndex) {
            return comparator(columnIndex);
        }

        @Override
        public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
            column = columnIndex;
            direction = sortDirection;
            applyFilter();
        }

        @Override
        public void clear() {
            column = -1;
            direction = SortDirectionEnum.NONE;
            applyFilter();
        }
    }
}
