package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.jface.resource.JFaceResources;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseAccess;
import org.opsbench.cases.CaseLabels;
import org.opsbench.cases.CaseTypes;
import org.opsbench.cases.CaseReports;
import org.opsbench.cases.KnowledgeBase;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.cases.model.SlaPause;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.reports.ReportExporters;
import org.opsbench.ui.workbench.SaveWorkflow;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * One case: its header, the next deadline, the steps a desk takes (assign, record an activity,
 * move the status, close with the survey, take a complaint, convert), the timeline of every log
 * record, clock pause and SLA event, and the history of reminders and escalations. Each step is
 * its own transaction in a job; the editor is never dirty, it reads the case again after each.
 */
public final class CaseEditor extends EditorPart {

    public static final String ID = "org.opsbench.cases.ui.caseEditor";
    public static final String TIMELINE_ID = "caseEditor.timeline";
    public static final String ESCALATIONS_ID = "caseEditor.escalations";
    public static final String DEADLINE_ID = "case.deadline";
    public static final String STATUS_ID = "caseEditor.status";
    public static final String NEXT_STATUS_ID = "caseEditor.nextStatus";
    public static final String ARTICLES_ID = "caseEditor.articles";
    public static final String EQUIPMENT_ID = "caseEditor.equipment";
    public static final String PROPOSAL_ID = "caseEditor.reassignProposal";
    /** The warning shown when the case's activity log is broken (changed, reordered or cut short). */
    public static final String LOG_BROKEN_ID = "caseEditor.logBroken";

    private final Runnable onChange = this::load;
    private CaseEditorInput input;
    private Label title;
    private Label severity;
    private Label status;
    private Label kind;
    private Label customer;
    private Label caller;
    private Label contract;
    private Label equipment;
    private Label engineer;
    private Label opened;
    private Label deadline;
    private Label satisfaction;
    private Label articles;
    private Composite proposalBar;
    private Composite logBar;
    private Label logBroken;
    private Label proposal;
    private Button reassign;
    private Combo nextStatus;
    private Button assignButton;
    private Button advance;
    private Button close;
    private Button convert;
    private Button article;
    private Button analysis;
    private Button report;
    private Table timeline;
    private Table escalations;
    private List<CaseStatus> next = List.of();
    private ServiceCase shown;

    @Override
    public void init(IEditorSite site, IEditorInput editorInput) throws PartInitException {
        if (!(editorInput instanceof CaseEditorInput caseInput)) {
            throw new PartInitException("Not a case: " + editorInput);
        }
        setSite(site);
        setInput(editorInput);
        input = caseInput;
        setPartName(caseInput.number());
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.WRAP);
        title.setFont(JFaceResources.getFont(JFaceResources.HEADER_FONT));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite header = new Composite(parent, SWT.NONE);
        header.setLayout(new GridLayout(6, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        severity = field(header, Messages.fieldSeverity);
        status = Widgets.id(field(header, Messages.fieldStatus), STATUS_ID);
        kind = field(header, Messages.fieldKind);
        customer = field(header, Messages.fieldCustomer);
        caller = field(header, Messages.fieldCaller);
        contract = field(header, Messages.fieldContract);
        engineer = field(header, Messages.fieldEngineer);
        opened = field(header, Messages.fieldOpened);
        satisfaction = field(header, Messages.fieldSatisfaction);
        deadline = Widgets.id(field(header, Messages.fieldDeadline), DEADLINE_ID);
        ((GridData) deadline.getLayoutData()).horizontalSpan = 3;
        articles = Widgets.id(field(header, Messages.fieldArticles), ARTICLES_ID);
        equipment = Widgets.id(field(header, Messages.fieldEquipment), EQUIPMENT_ID);
        ((GridData) equipment.getLayoutData()).horizontalSpan = 5;

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new RowLayout(SWT.HORIZONTAL));
        assignButton = button(actions, Messages.actionAssign, this::assign);
        button(actions, Messages.actionActivity, this::addActivity);
        nextStatus = Widgets.id(new Combo(actions, SWT.READ_ONLY), NEXT_STATUS_ID);
        advance = button(actions, Messages.actionAdvance, this::advance);
        close = button(actions, Messages.actionClose, this::closeCase);
        button(actions, Messages.actionComplaint, this::complain);
        convert = button(actions, Messages.actionConvert,
                () -> step(desk -> desk.convertToConsultation(input.caseId(), Instant.now())));
        article = button(actions, Messages.actionArticle, this::writeArticle);
        analysis = button(actions, Messages.actionAnalysis, this::recordAnalysis);
        report = button(actions, Messages.actionReport, this::writeReport);

        // Shown while the plan's reassignment proposal stands: no contact with the customer since the assignment.
        proposalBar = hiddenBar(parent, 3, SWT.ICON_WARNING);
        proposal = Widgets.id(new Label(proposalBar, SWT.WRAP), PROPOSAL_ID);
        proposal.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        reassign = button(proposalBar, Messages.actionReassign, this::assign);

        // Shown when the activity log fails its check on opening: someone changed the records outside OpsBench.
        logBar = hiddenBar(parent, 2, SWT.ICON_ERROR);
        logBroken = Widgets.id(new Label(logBar, SWT.WRAP), LOG_BROKEN_ID);
        logBroken.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        timeline = table(sash, Messages.timeline, TIMELINE_ID, Messages.columnTime, Messages.columnKind, Messages.columnAuthor,
                Messages.columnText);
        escalations = table(sash, Messages.escalations, ESCALATIONS_ID, Messages.columnDueAt, Messages.columnKind,
                Messages.columnRole, Messages.columnAuthor);
        sash.setWeights(3, 2);
        CaseEvents.listen(onChange);
        load();
    }

    private static Label field(Composite parent, String name) {
        new Label(parent, SWT.NONE).setText(name);
        Label value = new Label(parent, SWT.NONE);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return value;
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private static Table table(Composite parent, String name, String id, String... columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(name);
        group.setLayout(new GridLayout(1, false));
        Table table = Widgets.id(new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), id);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        int[] widths = { Widgets.timeWidth(table), 150, 110, 520 };
        for (int i = 0; i < columns.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(columns[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }

    /** A desk with the logged-in user's rights; reads the user's roles, so only from a job. */
    private static CaseDesk desk() {
        return new CaseDesk(ServiceDesk.database(), CaseAccess.of(ServiceDesk.database(), ServiceDesk.user().getLogin()));
    }

    /** Reads the case, its SLA events and its deadline in a job, then shows them. */
    void load() {
        if (title == null || title.isDisposed()) {
            return;
        }
        Job job = Job.create(NLS.bind(Messages.editorLoading, input.number()), (IProgressMonitor monitor) -> {
            CaseAccess access = CaseAccess.of(ServiceDesk.database(), ServiceDesk.user().getLogin());
            CaseDesk desk = new CaseDesk(ServiceDesk.database(), access);
            ServiceCase serviceCase;
            try {
                serviceCase = desk.read(input.caseId());
            } catch (RuntimeException e) {
                title.getDisplay().asyncExec(() -> {
                    if (!title.isDisposed()) {
                        title.setText(input.number() + "  " + e.getMessage());
                    }
                });
                return Status.OK_STATUS;
            }
            List<SlaEvent> events = desk.events(input.caseId());
            SlaEvaluator.Deadline next = SlaEvaluator.deadline(serviceCase); // from the case just read, not read again
            String broken = ActivityLog.verify(serviceCase).map(ActivityLog.Break::message).orElse(null);
            CaseDesk.Allowed allowed = desk.allowed(serviceCase);
            List<String> articleNumbers = knowledge().numbersForCase(input.caseId());
            // Read what the view shows of the referenced objects here, off the UI thread.
            String customerName = serviceCase.getCustomer() == null ? "" : serviceCase.getCustomer().getName();
            String engineerName = serviceCase.getAssignee() == null ? Messages.unassigned : serviceCase.getAssignee().getName();
            title.getDisplay().asyncExec(() -> {
                show(serviceCase, events, next, customerName, engineerName, allowed);
                showLogCheck(broken);
                if (!articles.isDisposed()) {
                    articles.setText(String.join(", ", articleNumbers));
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** A row across the editor with an icon, hidden (and taking no room) until {@link #show} shows it. */
    private static Composite hiddenBar(Composite parent, int columns, int icon) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(columns, false));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.exclude = true;
        bar.setLayoutData(data);
        bar.setVisible(false);
        new Label(bar, SWT.NONE).setImage(parent.getDisplay().getSystemImage(icon));
        return bar;
    }

    private static void show(Composite bar, boolean shown) {
        bar.setVisible(shown);
        ((GridData) bar.getLayoutData()).exclude = !shown;
    }

    private void showLogCheck(String broken) {
        if (logBar.isDisposed()) {
            return;
        }
        logBroken.setText(broken == null ? "" : NLS.bind(Messages.logBroken, broken));
        show(logBar, broken != null);
        logBar.getParent().layout(true, true);
    }

    private void show(ServiceCase serviceCase, List<SlaEvent> events, SlaEvaluator.Deadline next, String customerName,
            String engineerName, CaseDesk.Allowed allowed) {
        if (title.isDisposed()) {
            return;
        }
        shown = serviceCase;
        title.setText(serviceCase.getNumber() + "  " + nullToEmpty(serviceCase.getTitle()));
        severity.setText(nullToEmpty(serviceCase.getSeverity()));
        status.setText(CaseLifecycle.label(serviceCase.getStatus()) + (serviceCase.isComplaintOpen() ? " · " + Messages.complaintTitle : ""));
        kind.setText(CaseTypes.name(serviceCase.getCaseType(), serviceCase.getKind(), serviceCase.getDefectClass()));
        customer.setText(customerName);
        caller.setText(String.join(" ", nullToEmpty(serviceCase.getCallerName()), nullToEmpty(serviceCase.getCallerPhone())).strip());
        contract.setText(nullToEmpty(serviceCase.getContractNumber()));
        org.opsbench.model.Equipment item = serviceCase.getEquipment();
        equipment.setText(item == null ? "" : String.join(" ", nullToEmpty(item.getVendor()), nullToEmpty(item.getModel()), "\u00b7",
                nullToEmpty(item.getSerialNumber())));
        engineer.setText(engineerName);
        opened.setText(LocalFormats.dateTime(serviceCase.getOpenedAt()) + " · " + nullToEmpty(serviceCase.getOpenedBy()));
        satisfaction.setText(serviceCase.getSatisfaction() == null ? "" : serviceCase.getSatisfaction() + "/5 "
                + nullToEmpty(serviceCase.getSatisfactionComment()));
        // The running target and when it is due, or why none runs.
        String clock = CaseListView.countdown(next, serviceCase.getStatus(), Instant.now());
        deadline.setText(serviceCase.getClosedAt() != null ? CaseLifecycle.label(serviceCase.getStatus())
                : next != null && next.running() ? clock + " · " + LocalFormats.dateTime(next.dueAt()) : clock);

        // What may be done is the desk's decision (state and permissions); the editor only shows it.
        this.next = allowed.next();
        nextStatus.setItems(this.next.stream().map(CaseLifecycle::label).toArray(String[]::new));
        if (!this.next.isEmpty()) {
            nextStatus.select(0);
        }
        nextStatus.setEnabled(!this.next.isEmpty());
        advance.setEnabled(!this.next.isEmpty());
        close.setEnabled(allowed.close());
        assignButton.setEnabled(allowed.assign());
        reassign.setEnabled(allowed.assign());
        article.setEnabled(allowed.writeArticle());
        convert.setEnabled(allowed.convert());
        analysis.setEnabled(allowed.analyse());
        report.setEnabled(allowed.report());

        record Entry(Instant at, String what, String by, String text) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Activity activity : serviceCase.getActivities()) {
            entries.add(new Entry(activity.getAt(), CaseLabels.activity(activity.getKind()) + (activity.isCustomerNote() ? " ★" : ""),
                    activity.getAuthor(), activity.getText()));
        }
        for (SlaPause pause : serviceCase.getPauses()) {
            entries.add(new Entry(pause.getPausedAt(), NLS.bind(Messages.pauseStarted, CaseLifecycle.label(pause.getStatus())), "", ""));
            if (pause.getResumedAt() != null) {
                entries.add(new Entry(pause.getResumedAt(), Messages.pauseEnded, "", ""));
            }
        }
        for (SlaEvent event : events) {
            entries.add(new Entry(event.getDueAt(), CaseLabels.event(event.getKind()), event.getRecordedBy(), event.getRole()));
        }
        entries.sort(Comparator.comparing(Entry::at));
        timeline.removeAll();
        for (Entry entry : entries) {
            new TableItem(timeline, SWT.NONE).setText(new String[] { LocalFormats.dateTime(entry.at()), entry.what(),
                    nullToEmpty(entry.by()), nullToEmpty(entry.text()) });
        }
        if (timeline.getItemCount() > 0) {
            timeline.setTopIndex(timeline.getItemCount() - 1); // the newest step in view
        }
        showProposal(serviceCase, events, engineerName);
        escalations.removeAll();
        for (SlaEvent event : events) {
            new TableItem(escalations, SWT.NONE).setText(new String[] { LocalFormats.dateTime(event.getDueAt()),
                    CaseLabels.event(event.getKind()), nullToEmpty(event.getRole()), nullToEmpty(event.getRecordedBy()) });
        }
        title.getParent().layout(true, true);
    }

    private void showProposal(ServiceCase serviceCase, List<SlaEvent> events, String engineerName) {
        SlaEvent standing = SlaEvaluator.standingReassignment(serviceCase, events);
        if (standing != null) {
            Instant since = serviceCase.getAssignedAt() != null ? serviceCase.getAssignedAt() : serviceCase.getOpenedAt();
            proposal.setText(NLS.bind(Messages.reassignProposed, new Object[] { LocalFormats.dateTime(standing.getDueAt()), engineerName,
                    LocalFormats.dateTime(since) }));
        }
        show(proposalBar, standing != null);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Runs one step as its own transaction off the UI thread; a refusal is shown, then the case is read again. */
    /** A step on the case, in a job through the workbench's one workflow; the case views (this editor too) then read it again. */
    private void step(Consumer<CaseDesk> work) {
        SaveWorkflow.step(NLS.bind(Messages.editorWorking, input.number()), () -> {
            work.accept(desk());
            CaseEvents.changed();
        }, refused -> {
            if (!title.isDisposed()) {
                Widgets.showRefusal(getSite().getShell(), input.number(), refused);
                load();
            }
        });
    }

    private void assign() {
        if (shown == null) {
            return;
        }
        AssignDialog dialog = new AssignDialog(getSite().getShell(), shown);
        if (dialog.open() == Window.OK && dialog.engineerId() != null) {
            long engineerId = dialog.engineerId();
            step(desk -> desk.assign(input.caseId(), engineerId, Instant.now()));
        }
    }

    private void addActivity() {
        ActivityDialog dialog = new ActivityDialog(getSite().getShell());
        if (dialog.open() == Window.OK) {
            step(desk -> desk.record(input.caseId(), dialog.kind(), dialog.text(), dialog.customerNote(), Instant.now()));
        }
    }

    private void advance() {
        int index = nextStatus.getSelectionIndex();
        if (index >= 0 && index < next.size()) {
            CaseStatus target = next.get(index);
            step(desk -> desk.advance(input.caseId(), target, null, Instant.now()));
        }
    }

    private void closeCase() {
        CloseDialog dialog = new CloseDialog(getSite().getShell());
        if (dialog.open() == Window.OK) {
            step(desk -> desk.close(input.caseId(), dialog.survey(), Instant.now()));
        }
    }

    /** Leaves enabled only the steps the user's roles allow; the desk refuses the others anyway. */
    private KnowledgeBase knowledge() {
        return new KnowledgeBase(ServiceDesk.database(), ServiceDesk.user().getLogin());
    }

    /** Drafts an article from the solved case in a job, lets the engineer edit it, then stores it. */
    private void writeArticle() {
        KnowledgeBase knowledge = knowledge();
        Job.create(NLS.bind(Messages.editorWorking, input.number()), (IProgressMonitor monitor) -> {
            try {
                KnowledgeBase.Draft draft = knowledge.draftFromCase(input.caseId());
                title.getDisplay().asyncExec(() -> {
                    if (title.isDisposed()) {
                        return;
                    }
                    ArticleDialog dialog = new ArticleDialog(getSite().getShell(), draft);
                    if (dialog.open() == Window.OK) {
                        KnowledgeBase.Draft written = dialog.written();
                        step(desk -> knowledge.publish(written, Instant.now()));
                    }
                });
            } catch (RuntimeException e) {
                title.getDisplay().asyncExec(() -> Widgets.showRefusal(getSite().getShell(), input.number(), e));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void recordAnalysis() {
        if (shown == null) {
            return;
        }
        AnalysisDialog dialog = new AnalysisDialog(getSite().getShell(), shown.getFaultCause(), shown.getResolutionMethod(),
                shown.getLosses());
        if (dialog.open() == Window.OK) {
            step(desk -> desk.recordAnalysis(input.caseId(), dialog.cause(), dialog.method(), dialog.losses(), Instant.now()));
        }
    }

    /** The fault analysis report of the case, where and in the format (PDF, or one a plug-in adds) the user chooses. */
    private void writeReport() {
        java.nio.file.Path target = ReportFiles.askReport(getSite().getShell(), input.number());
        if (target != null) {
            long caseId = input.caseId();
            ReportFiles.write(getSite().getShell(), target, path -> ReportExporters.write(
                    new CaseReports(ServiceDesk.database(), java.time.ZoneId.systemDefault()).faultAnalysis(caseId, Instant.now()), path));
        }
    }

    private void complain() {
        TextDialog dialog = new TextDialog(getSite().getShell(), Messages.complaintTitle, Messages.complaintMessage);
        if (dialog.open() == Window.OK) {
            step(desk -> desk.complain(input.caseId(), dialog.text(), Instant.now()));
        }
    }

    @Override
    public void setFocus() {
        title.setFocus();
    }

    @Override
    public void dispose() {
        CaseEvents.stopListening(onChange);
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // every step is saved as it is taken
    }

    @Override
    public void doSaveAs() {
        // not offered
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
