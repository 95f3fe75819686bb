package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.opsbench.cases.CaseList;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.notifications.Outbox;
import org.opsbench.ui.workbench.ServiceDesk;
import org.opsbench.ui.workbench.ViewCommands;

/**
 * The logged-in user's unread in-workbench notifications (reminders, escalations), newest first,
 * refreshed whenever the background delivery hands out new ones. A double click opens the case.
 */
public final class NotificationsView extends ViewPart {

    public static final String ID = "org.opsbench.cases.ui.notifications";
    public static final String TABLE_ID = "notifications.table";
    static final String OPEN_CASE_COMMAND = "org.opsbench.cases.ui.notifications.openCase";
    static final String MARK_READ_COMMAND = "org.opsbench.cases.ui.notifications.markRead";
    static final String REFRESH_COMMAND = "org.opsbench.cases.ui.notifications.refresh";
    private static final int SHOWN = 200;

    private final List<Outbox.Notice> notices = new ArrayList<>();
    private final Runnable onChange = this::reload;
    private Table table;
    private Runnable enableOnChange = () -> { };
    private ViewCommands commands;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = Widgets.id(new Table(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL), TABLE_ID);
        table.setHeaderVisible(true);
        TableColumn time = new TableColumn(table, SWT.LEFT);
        time.setText(Messages.columnTime);
        time.setWidth(Widgets.timeWidth(table));
        TableColumn text = new TableColumn(table, SWT.LEFT);
        text.setText(Messages.columnText);
        text.setWidth(640);
        table.addListener(SWT.DefaultSelection, e -> openCase());
        // The tool bar's commands (plugin.xml), handled by this view; they act on the selected notices.
        commands = new ViewCommands(getSite());
        ViewCommands.Handler open = commands.handle(OPEN_CASE_COMMAND, this::openCase);
        ViewCommands.Handler read = commands.handle(MARK_READ_COMMAND, this::markRead);
        commands.handle(REFRESH_COMMAND, this::reload);
        Runnable enable = () -> {
            List<Outbox.Notice> selected = selected();
            open.setEnabled(selected.size() == 1 && selected.get(0).reference() != null);
            read.setEnabled(!selected.isEmpty());
        };
        table.addListener(SWT.Selection, e -> enable.run());
        enableOnChange = enable;
        enable.run();
        CaseEvents.listen(onChange);
        reload();
    }

    void reload() {
        String login = ServiceDesk.user().getLogin();
        Job job = Job.create(Messages.notificationsMarkRead, (IProgressMonitor monitor) -> {
            List<Outbox.Notice> unread = new Outbox(ServiceDesk.database(), ServiceDesk.workbenchName()).unread(login, SHOWN);
            table.getDisplay().asyncExec(() -> show(unread));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<Outbox.Notice> unread) {
        if (table.isDisposed()) {
            return;
        }
        // The list is read again whenever a case changes: the rows the user selected stay selected.
        java.util.Set<Long> selectedIds = selected().stream().map(Outbox.Notice::id).collect(java.util.stream.Collectors.toSet());
        notices.clear();
        notices.addAll(unread);
        table.removeAll();
        for (Outbox.Notice notice : unread) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { LocalFormats.dateTime(notice.createdAt()), notice.subject() });
            if (selectedIds.contains(notice.id())) {
                table.select(table.indexOf(item));
            }
        }
        if (unread.isEmpty()) {
            new TableItem(table, SWT.NONE).setText(new String[] { "", Messages.notificationsEmpty });
        }
        setContentDescription(unread.isEmpty() ? "" : Integer.toString(unread.size()));
        enableOnChange.run();
    }

    private List<Outbox.Notice> selected() {
        List<Outbox.Notice> selected = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            if (index < notices.size()) {
                selected.add(notices.get(index));
            }
        }
        return selected;
    }

    private void markRead() {
        List<Long> ids = selected().stream().map(Outbox.Notice::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        Job.create(Messages.notificationsMarkRead, (IProgressMonitor monitor) -> {
            new Outbox(ServiceDesk.database(), ServiceDesk.workbenchName()).markRead(ids, Instant.now());
            CaseEvents.changed();
            return Status.OK_STATUS;
        }).schedule();
    }

    private void openCase() {
        List<Outbox.Notice> selected = selected();
        if (selected.isEmpty() || selected.get(0).reference() == null) {
            return;
        }
        String number = selected.get(0).reference();
        Job.create(Messages.notificationsOpenCase, (IProgressMonitor monitor) -> {
            List<Long> ids = CaseList.idOf(ServiceDesk.database(), number).stream().toList();
            if (!ids.isEmpty()) {
                table.getDisplay().asyncExec(() -> {
                    try {
                        getSite().getPage().openEditor(new CaseEditorInput(ids.get(0), number), CaseEditor.ID);
                    } catch (PartInitException e) {
                        org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        CaseEvents.stopListening(onChange);
        if (commands != null) {
            commands.dispose();
        }
        super.dispose();
    }
}
