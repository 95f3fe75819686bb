package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
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

/**
 * The logged-in user's unread in-workbench notifications (reminders, escalations), newest first,
 * refreshed whenever the background delivery hands out new ones. A double click opens the case.
 */
public final class NotificationsView extends ViewPart {

    public static final String ID = "org.opsbench.cases.ui.notifications";
    public static final String TABLE_ID = "notifications.table";
    private static final int SHOWN = 200;

    private final List<Outbox.Notice> notices = new ArrayList<>();
    private final Runnable onChange = this::reload;
    private Table table;

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
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        Action open = new Action(Messages.notificationsOpenCase) {
            @Override
            public void run() {
                openCase();
            }
        };
        open.setToolTipText(Messages.notificationsOpenCase);
        toolBar.add(Widgets.icon(open, "etool16/editor_area.png"));
        Action read = new Action(Messages.notificationsMarkRead) {
            @Override
            public void run() {
                markRead();
            }
        };
        read.setToolTipText(Messages.notificationsMarkRead);
        toolBar.add(Widgets.icon(read, "elcl16/step_done.png"));
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
        notices.clear();
        notices.addAll(unread);
        table.removeAll();
        for (Outbox.Notice notice : unread) {
            new TableItem(table, SWT.NONE).setText(new String[] { LocalFormats.dateTime(notice.createdAt()), notice.subject() });
        }
        if (unread.isEmpty()) {
            new TableItem(table, SWT.NONE).setText(new String[] { "", Messages.notificationsEmpty });
        }
        setContentDescription(unread.isEmpty() ? "" : Integer.toString(unread.size()));
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
        super.dispose();
    }
}
