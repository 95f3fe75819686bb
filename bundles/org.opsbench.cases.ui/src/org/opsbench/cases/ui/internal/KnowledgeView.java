package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.opsbench.cases.CaseAccess;
import org.opsbench.cases.KnowledgeBase;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.ui.workbench.ServiceDesk;
import org.opsbench.ui.workbench.ViewCommands;

/**
 * The knowledge base: every article in use (retired ones on request), by number. Edit... opens the
 * article in the article dialog; Retire / Reinstate take it out of the intake suggestions or put it
 * back. Reading, writing and the user's rights all happen in jobs.
 */
public final class KnowledgeView extends ViewPart {

    public static final String ID = "org.opsbench.cases.ui.knowledge";
    public static final String TABLE_ID = "knowledge.table";
    static final String EDIT_COMMAND = "org.opsbench.cases.ui.knowledge.edit";
    static final String RETIRE_COMMAND = "org.opsbench.cases.ui.knowledge.retire";
    static final String REINSTATE_COMMAND = "org.opsbench.cases.ui.knowledge.reinstate";
    static final String WITH_RETIRED_COMMAND = "org.opsbench.cases.ui.knowledge.withRetired";
    static final String REFRESH_COMMAND = "org.opsbench.cases.ui.knowledge.refresh";

    private final List<KnowledgeBase.Listed> shown = new ArrayList<>();
    private final Runnable onChange = this::reload;
    private Table table;
    private ViewCommands commands;
    private ViewCommands.Handler edit;
    private ViewCommands.Handler retire;
    private ViewCommands.Handler reinstate;
    private boolean mayEdit;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = Widgets.id(new Table(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), TABLE_ID);
        table.setHeaderVisible(true);
        String[] names = { Messages.knowledgeNumber, Messages.knowledgeTitle, Messages.knowledgeVendor, Messages.knowledgeCase,
                Messages.columnAuthor, Messages.knowledgeUpdated, Messages.knowledgeState };
        int[] widths = { 80, 360, 100, 150, 90, Widgets.timeWidth(table), 80 };
        for (int i = 0; i < names.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(names[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.DefaultSelection, e -> edit());
        table.addListener(SWT.Selection, e -> enable());
        // The tool bar's commands (plugin.xml), handled by this view.
        commands = new ViewCommands(getSite());
        edit = commands.handle(EDIT_COMMAND, this::edit);
        retire = commands.handle(RETIRE_COMMAND, this::toggleRetired);
        reinstate = commands.handle(REINSTATE_COMMAND, this::toggleRetired);
        commands.toggle(WITH_RETIRED_COMMAND, retiredToo -> reload());
        commands.handle(REFRESH_COMMAND, this::reload);
        enable();
        CaseEvents.listen(onChange);
        reload();
    }

    void reload() {
        boolean retiredToo = ViewCommands.isOn(WITH_RETIRED_COMMAND);
        String login = ServiceDesk.user().getLogin();
        Job job = Job.create(Messages.knowledgeLoading, (IProgressMonitor monitor) -> {
            CaseAccess access = CaseAccess.of(ServiceDesk.database(), login);
            List<KnowledgeBase.Listed> articles = new KnowledgeBase(ServiceDesk.database(), login).list(retiredToo);
            boolean editing = access.may(CaseAccess.KNOWLEDGE) || access.may(CaseAccess.WORK);
            table.getDisplay().asyncExec(() -> show(articles, editing));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<KnowledgeBase.Listed> articles, boolean editing) {
        if (table.isDisposed()) {
            return;
        }
        String selectedNumber = selected() == null ? null : selected().number();
        mayEdit = editing;
        shown.clear();
        shown.addAll(articles);
        table.removeAll();
        for (KnowledgeBase.Listed article : articles) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { article.number(), article.title(), nullToEmpty(article.vendor()),
                    nullToEmpty(article.sourceCaseNumber()), nullToEmpty(article.author()), LocalFormats.dateTime(article.updatedAt()),
                    article.retired() ? Messages.knowledgeRetired : Messages.knowledgeInUse });
            if (article.number().equals(selectedNumber)) {
                table.setSelection(item);
            }
        }
        setContentDescription(NLS.bind(Messages.knowledgeCount, articles.size()));
        enable();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private KnowledgeBase.Listed selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < shown.size() ? shown.get(index) : null;
    }

    private void enable() {
        KnowledgeBase.Listed article = selected();
        edit.setEnabled(mayEdit && article != null);
        // Retire an article in use, reinstate a retired one: each command enabled where it applies.
        retire.setEnabled(mayEdit && article != null && !article.retired());
        reinstate.setEnabled(mayEdit && article != null && article.retired());
    }

    /** Reads the whole article in a job, lets the user edit it, then stores it against the version read. */
    private void edit() {
        KnowledgeBase.Listed listed = selected();
        if (listed == null || !mayEdit) {
            return;
        }
        KnowledgeBase knowledge = new KnowledgeBase(ServiceDesk.database(), ServiceDesk.user().getLogin());
        Job.create(NLS.bind(Messages.editorWorking, listed.number()), (IProgressMonitor monitor) -> {
            KnowledgeBase.Article article = knowledge.read(listed.id());
            table.getDisplay().asyncExec(() -> {
                if (table.isDisposed() || article == null) {
                    return;
                }
                ArticleDialog dialog = new ArticleDialog(getSite().getShell(), article.draft());
                if (dialog.open() == Window.OK) {
                    inJob(writer -> writer.update(article.id(), article.version(), dialog.written(), Instant.now()), listed.number());
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void toggleRetired() {
        KnowledgeBase.Listed listed = selected();
        if (listed == null || !mayEdit) {
            return;
        }
        inJob(knowledge -> {
            if (listed.retired()) {
                knowledge.reinstate(listed.id(), Instant.now());
            } else {
                knowledge.retire(listed.id(), Instant.now());
            }
        }, listed.number());
    }

    /** Runs the work off the UI thread; a refusal is shown, then the list is read again. */
    private void inJob(Consumer<KnowledgeBase> work, String number) {
        KnowledgeBase knowledge = new KnowledgeBase(ServiceDesk.database(), ServiceDesk.user().getLogin());
        Job.create(NLS.bind(Messages.editorWorking, number), (IProgressMonitor monitor) -> {
            try {
                work.accept(knowledge);
                CaseEvents.changed();
            } catch (RuntimeException e) {
                table.getDisplay().asyncExec(() -> {
                    if (!table.isDisposed()) {
                        Widgets.showRefusal(getSite().getShell(), number, e);
                        reload();
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public void dispose() {
        CaseEvents.stopListening(onChange);
        if (commands != null) {
            commands.dispose();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
