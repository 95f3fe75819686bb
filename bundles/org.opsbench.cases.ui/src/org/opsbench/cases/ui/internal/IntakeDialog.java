package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.CaseAccess;
import org.opsbench.cases.CaseChannels;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.EngineerSuggestions.Suggestion;
import org.opsbench.cases.CaseTypes;
import org.opsbench.cases.Entitlement;
import org.opsbench.cases.KnowledgeBase;
import org.opsbench.ui.workbench.EnterKey;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * The hotline's intake: find the caller (phone in any spelling, contract number, equipment serial
 * number or name), see what the contract covers, describe the problem, pick the severity and an engineer, open the case.
 * Lookups and the opening itself run in jobs; a refusal shows in the dialog and keeps every field.
 */
final class IntakeDialog extends StepDialog {

    static final String CHANNEL_ID = "intake.channel";
    static final String CALLER_ID = "intake.caller";
    static final String MATCHES_ID = "intake.matches";
    static final String ENTITLEMENT_ID = "intake.entitlement";
    static final String TITLE_ID = "intake.title";
    static final String DESCRIPTION_ID = "intake.description";
    static final String VENDOR_ID = "intake.vendor";
    static final String EQUIPMENT_ID = "intake.equipment";
    static final String SEVERITY_ID = "intake.severity";
    static final String KIND_ID = "intake.kind";
    static final String KNOWN_ID = "intake.known";
    static final String KNOWN_SOLUTION_ID = "intake.knownSolution";
    /** Suggestions are looked up once typing pauses this long. */
    private static final int SUGGEST_DELAY_MILLIS = 500;

    private final IWorkbenchPage page;
    private final List<CaseChannels.Channel> channels = CaseChannels.all();
    private final List<CallerLookup.Match> matches = new ArrayList<>();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private List<CaseDesk.Level> levels = List.of();
    private Combo channel;
    private Text caller;
    private Table matchTable;
    private Label entitlement;
    private Text title;
    private Text description;
    private Text vendor;
    private Combo equipment;
    /** The caller's equipment, as the combo lists it after its first item ("none named"). */
    private final List<CallerLookup.Equipment> equipmentItems = new ArrayList<>();
    private Combo severity;
    private Combo kind;
    private final List<CaseTypes.CaseType> types = CaseTypes.all();
    private Table engineers;
    private Table known;
    private Text knownSolution;
    private final List<KnowledgeBase.Suggestion> articles = new ArrayList<>();
    /** Counts the edits, so that only the last pause looks articles up. */
    private int edits;

    private IntakeDialog(Shell parent, IWorkbenchPage page) {
        super(parent, Messages.intakeTitle, Messages.intakeMessage);
        this.page = page;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Opens the intake dialog; the case it opens is shown in its editor. */
    static void openCase(Shell shell, IWorkbenchPage page) {
        new IntakeDialog(shell, page).open();
    }

    /** A serial number to look the caller up by and to choose as the case's equipment, or null. */
    private String presetSerial;

    /**
     * Opens the intake dialog for an equipment item (e.g. a device on a network diagram): the caller is
     * looked up by its serial number, which finds its site, contact and contract, and it is chosen as the
     * case's equipment.
     */
    static void openCaseFor(Shell shell, IWorkbenchPage page, String serialNumber) {
        IntakeDialog dialog = new IntakeDialog(shell, page);
        dialog.presetSerial = serialNumber;
        dialog.open();
    }

    @Override
    Control createFields(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(3, false));
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        label(area, Messages.intakeChannel);
        channel = Widgets.id(new Combo(area, SWT.READ_ONLY), CHANNEL_ID);
        channel.setItems(channels.stream().map(CaseChannels.Channel::name).toArray(String[]::new));
        channel.select(0);
        channel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        label(area, Messages.intakeCaller);
        caller = Widgets.id(new Text(area, SWT.BORDER | SWT.SEARCH), CALLER_ID);
        caller.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        caller.addListener(SWT.DefaultSelection, e -> find()); // the search icon
        EnterKey.runs(caller, this::find);
        Button findButton = new Button(area, SWT.PUSH);
        findButton.setText(Messages.intakeFind);
        findButton.addListener(SWT.Selection, e -> find());
        new Label(area, SWT.NONE);
        matchTable = Widgets.id(new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL), MATCHES_ID);
        GridData matchData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        matchData.heightHint = 70;
        matchTable.setLayoutData(matchData);
        matchTable.addListener(SWT.Selection, e -> callerChosen());
        // Enter (or a double click) confirms the caller: on to the equipment.
        matchTable.addListener(SWT.DefaultSelection, e -> confirmCaller());
        EnterKey.runs(matchTable, this::confirmCaller);
        new Label(area, SWT.NONE);
        entitlement = Widgets.id(new Label(area, SWT.WRAP), ENTITLEMENT_ID);
        GridData entitlementData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        entitlementData.widthHint = 560;
        entitlement.setLayoutData(entitlementData);
        label(area, Messages.intakeEquipment);
        equipment = Widgets.id(new Combo(area, SWT.READ_ONLY), EQUIPMENT_ID);
        equipment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        equipment.setItems(Messages.intakeNoEquipment);
        equipment.select(0);
        equipment.addListener(SWT.Selection, e -> equipmentChosen());

        label(area, Messages.intakeCaseTitle);
        title = text(area, TITLE_ID, SWT.BORDER);
        title.addModifyListener(e -> validate());
        label(area, Messages.intakeDescription);
        description = text(area, DESCRIPTION_ID, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        ((GridData) description.getLayoutData()).heightHint = 60;
        tabLeaves(description);
        title.addModifyListener(e -> suggestArticlesSoon());
        description.addModifyListener(e -> suggestArticlesSoon());
        Label knownLabel = new Label(area, SWT.NONE);
        knownLabel.setText(Messages.intakeKnown);
        knownLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        known = Widgets.id(new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL), KNOWN_ID);
        known.setHeaderVisible(true);
        GridData knownData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        knownData.heightHint = 60;
        known.setLayoutData(knownData);
        int[] widths = { 80, 300, 200 };
        String[] columns = { Messages.columnArticle, Messages.columnTitle, Messages.columnMatched };
        for (int i = 0; i < columns.length; i++) {
            org.eclipse.swt.widgets.TableColumn column = new org.eclipse.swt.widgets.TableColumn(known, SWT.LEFT);
            column.setText(columns[i]);
            column.setWidth(widths[i]);
        }
        known.addListener(SWT.Selection, e -> articleChosen());
        new Label(area, SWT.NONE);
        knownSolution = text(area, KNOWN_SOLUTION_ID, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        ((GridData) knownSolution.getLayoutData()).heightHint = 48;
        tabLeaves(knownSolution);
        label(area, Messages.intakeVendor);
        vendor = text(area, VENDOR_ID, SWT.BORDER);
        // The vendor's certificates rank the engineers: suggest again once it is typed.
        vendor.addListener(SWT.FocusOut, e -> callerChosen());
        label(area, Messages.intakeSeverity);
        severity = Widgets.id(new Combo(area, SWT.READ_ONLY), SEVERITY_ID);
        severity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label(area, Messages.intakeKind);
        kind = Widgets.id(new Combo(area, SWT.READ_ONLY), KIND_ID);
        // The built-in types and those installed plug-ins add (org.opsbench.cases.caseTypes).
        kind.setItems(types.stream().map(CaseTypes.CaseType::name).toArray(String[]::new));
        kind.select(0);
        kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        label(area, Messages.intakeEngineer);
        engineers = AssignDialog.engineerTable(area);
        ((GridData) engineers.getLayoutData()).horizontalSpan = 2;

        Job.create(Messages.intakeTitle, (IProgressMonitor monitor) -> {
            List<CaseDesk.Level> found = desk().severityLevels();
            severity.getDisplay().asyncExec(() -> {
                if (!severity.isDisposed()) {
                    levels = found;
                    severity.setItems(found.stream().map(l -> l.code() + "  " + l.name()).toArray(String[]::new));
                    if (!found.isEmpty()) {
                        severity.select(Math.min(2, found.size() - 1));
                    }
                    validate();
                }
            });
            return Status.OK_STATUS;
        }).schedule();
        if (presetSerial != null) {
            caller.setText(presetSerial);
            find();
        }
        return area;
    }

    /** The agent starts typing the caller at once (the channel is chosen less often). */
    @Override
    public void create() {
        super.create();
        getShell().getDisplay().asyncExec(() -> {
            if (!caller.isDisposed() && presetSerial == null) {
                caller.setFocus();
            }
        });
    }

    /** Tab and Shift+Tab move on from a text of several lines instead of typing a tab into it. */
    private static void tabLeaves(Text text) {
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
    }

    /** A desk with the logged-in user's rights; reads the user's roles, so only from a job. */
    private static CaseDesk desk() {
        return new CaseDesk(ServiceDesk.database(), CaseAccess.of(ServiceDesk.database(), ServiceDesk.user().getLogin()));
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static Text text(Composite parent, String id, int style) {
        Text text = Widgets.id(new Text(parent, style), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return text;
    }

    /** Looks matching articles up once typing pauses, in a job. */
    private void suggestArticlesSoon() {
        int edit = ++edits;
        known.getDisplay().timerExec(SUGGEST_DELAY_MILLIS, () -> {
            if (known.isDisposed() || edit != edits) {
                return;
            }
            String text = title.getText() + "\n" + description.getText();
            String vendorName = vendor.getText();
            Job.create(Messages.intakeKnown, (IProgressMonitor monitor) -> {
                List<KnowledgeBase.Suggestion> found = new KnowledgeBase(ServiceDesk.database(), ServiceDesk.user().getLogin())
                        .suggest(text, vendorName, 5);
                known.getDisplay().asyncExec(() -> {
                    if (!known.isDisposed() && edit == edits) {
                        showArticles(found);
                    }
                });
                return Status.OK_STATUS;
            }).schedule();
        });
    }

    private void showArticles(List<KnowledgeBase.Suggestion> found) {
        articles.clear();
        articles.addAll(found);
        known.removeAll();
        for (KnowledgeBase.Suggestion suggestion : found) {
            new TableItem(known, SWT.NONE).setText(new String[] { suggestion.article().number(), suggestion.article().title(),
                    String.join(", ", suggestion.matched()) });
        }
        if (!found.isEmpty()) {
            known.select(0);
        }
        articleChosen();
    }

    private void articleChosen() {
        int index = known.getSelectionIndex();
        KnowledgeBase.Article article = index < 0 ? null : articles.get(index).article();
        knownSolution.setText(article == null ? ""
                : NLS.bind(Messages.intakeKnownSolution, new Object[] { article.solution(), article.cause() == null ? "-" : article.cause(),
                        article.sourceCaseNumber() == null ? "-" : article.sourceCaseNumber() }));
    }

    private void find() {
        String typed = caller.getText();
        Job.create(Messages.intakeFind, (IProgressMonitor monitor) -> {
            List<CallerLookup.Match> found = new CallerLookup(ServiceDesk.database()).find(typed);
            matchTable.getDisplay().asyncExec(() -> {
                if (matchTable.isDisposed()) {
                    return;
                }
                matches.clear();
                matches.addAll(found);
                matchTable.removeAll();
                for (CallerLookup.Match match : found) {
                    new TableItem(matchTable, SWT.NONE).setText(match.label());
                }
                entitlement.setText(found.isEmpty() ? NLS.bind(Messages.intakeNoMatch, typed) : NLS.bind(Messages.intakeMatches, found.size()));
                // The selection moves on by itself: one caller is taken, among several the first is
                // offered (arrows choose, Enter confirms), none leaves the text ready to be typed again.
                if (found.isEmpty()) {
                    caller.selectAll();
                    caller.setFocus();
                } else {
                    matchTable.select(0);
                    callerChosen();
                    if (found.size() == 1) {
                        equipment.setFocus();
                    } else {
                        matchTable.setFocus();
                    }
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void confirmCaller() {
        callerChosen();
        equipment.setFocus();
    }

    private void callerChosen() {
        int index = matchTable.getSelectionIndex();
        if (index < 0) {
            return;
        }
        CallerLookup.Match match = matches.get(index);
        String vendorName = vendor.getText();
        Job.create(Messages.intakeFind, (IProgressMonitor monitor) -> {
            CaseDesk desk = desk(); // the user's rights, read once for both
            Entitlement checked = desk.entitlement(match, Instant.now());
            List<Suggestion> found = desk.suggestEngineers(match.customerId(), vendorName, LocalDate.now(), 10);
            List<CallerLookup.Equipment> atSite = new CallerLookup(ServiceDesk.database()).equipment(match);
            entitlement.getDisplay().asyncExec(() -> {
                if (entitlement.isDisposed()) {
                    return;
                }
                entitlement.setText(checked.covered() ? Messages.intakeCovered : String.join("\n", checked.warnings()));
                if (!atSite.equals(equipmentItems)) {
                    equipmentItems.clear();
                    equipmentItems.addAll(atSite);
                    List<String> items = new ArrayList<>(List.of(Messages.intakeNoEquipment));
                    atSite.forEach(item -> items.add(item.label()));
                    equipment.setItems(items.toArray(String[]::new));
                    equipment.select(0);
                }
                for (int i = 0; presetSerial != null && i < equipmentItems.size(); i++) {
                    if (presetSerial.equalsIgnoreCase(equipmentItems.get(i).serialNumber())) {
                        equipment.select(i + 1);
                        presetSerial = null; // once: the user may choose another
                        equipmentChosen();
                    }
                }
                AssignDialog.fill(engineers, suggestions, found);
                getShell().layout(true, true);
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The equipment names the vendor when none was typed; the engineers are ranked for it again. */
    private void equipmentChosen() {
        int index = equipment.getSelectionIndex();
        if (index > 0 && vendor.getText().isBlank()) {
            vendor.setText(equipmentItems.get(index - 1).vendor());
            callerChosen();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.intakeOpen, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    boolean complete() {
        return !title.getText().isBlank() && severity.getSelectionIndex() >= 0;
    }

    @Override
    protected void okPressed() {
        int matchIndex = matchTable.getSelectionIndex();
        int engineerIndex = engineers.getSelectionIndex();
        CaseTypes.CaseType type = types.get(kind.getSelectionIndex());
        CaseDesk.Intake intake = new CaseDesk.Intake(channels.get(channel.getSelectionIndex()).id(),
                matchIndex < 0 ? null : matches.get(matchIndex), title.getText(), description.getText(), vendor.getText(),
                levels.get(severity.getSelectionIndex()).code(), type.kind(), type.defectClass(),
                engineerIndex < 0 ? null : suggestions.get(engineerIndex).engineerId(), type.id())
                .withEquipment(equipment.getSelectionIndex() > 0 ? equipmentItems.get(equipment.getSelectionIndex() - 1).id() : null);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        Job.create(Messages.intakeOpen, (IProgressMonitor monitor) -> {
            try {
                CaseDesk.Opened opened = desk().open(intake, Instant.now());
                CaseEvents.changed();
                getShell().getDisplay().asyncExec(() -> {
                    close();
                    try {
                        page.openEditor(new CaseEditorInput(opened.id(), opened.number()), CaseEditor.ID);
                    } catch (PartInitException e) {
                        org.eclipse.jface.dialogs.ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, null, e.getStatus());
                    }
                });
            } catch (RuntimeException e) {
                getShell().getDisplay().asyncExec(() -> {
                    if (!getShell().isDisposed()) {
                        setErrorMessage(e.getMessage());
                        validate();
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
