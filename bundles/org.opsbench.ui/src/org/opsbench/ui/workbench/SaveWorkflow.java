package org.opsbench.ui.workbench;

import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablePart2;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.model.validation.ModelRules;
import org.opsbench.persistence.ConcurrentChangeException;
import org.opsbench.persistence.ModelSession;
import org.opsbench.ui.internal.Messages;

/**
 * The one way an editor loads and saves an aggregate (a customer with its sites, a network
 * diagram, ...): read in a job, saved in a job, and when somebody else saved it first, one review of
 * the differences ({@link ConflictReview}) with one choice: reload theirs, overwrite with mine, or
 * keep editing; revert reads the stored version again. An editor says only what it shows
 * ({@link Editor}); it writes no save code of its own.
 *
 * @param <T> the aggregate's root
 */
public final class SaveWorkflow<T extends EObject> {

    /** What an editor does at each point; every call comes on the UI thread. */
    public interface Editor<T extends EObject> {

        /** @return the shell for the review, or null when the editor is closed (the workflow then drops what it read) */
        Shell shell();

        /** Loading, saving or a review is under way (true) or over (false). */
        void busy(boolean busy);

        /**
         * Works on this session and aggregate from now on, with a fresh history: after a load, a reload,
         * an overwrite. {@code unsaved} is true for my version given to the stored one, which is being
         * saved now: the editor stays dirty until {@link #saved}.
         */
        void show(ModelSession session, T aggregate, boolean unsaved);

        /** The aggregate was saved: mark the save point, refresh what shows it. */
        void saved(T aggregate);

        /** Loading or saving failed: say so; the edits stay. */
        void failed(String message);

        /** The user chose to keep editing instead of reloading or overwriting; nothing was saved. */
        default void reviewCancelled(String message) {
        }

        /** Reads, in the job, what the editor shows that would otherwise be read on the UI thread. */
        default void readWhole(T aggregate) {
        }
    }

    /**
     * Runs a step that reads, changes and saves an aggregate in one transaction (a case's assignment,
     * a status change, ...) in a job. When somebody else saved the aggregate between its read and its
     * save, the step runs once more on their version (it reads afresh, nothing of the first try was
     * stored); a refusal is handed to {@code refused} on the UI thread (the editor says why and shows the
     * aggregate as stored). A step that succeeds announces itself, as saves do.
     */
    public static void step(String name, Runnable work, java.util.function.Consumer<RuntimeException> refused) {
        Job.create(name, (IProgressMonitor monitor) -> {
            RuntimeException failure = null;
            try {
                try {
                    work.run();
                } catch (ConcurrentChangeException first) {
                    work.run();
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            if (failure != null) {
                RuntimeException shown = failure;
                Display.getDefault().asyncExec(() -> refused.accept(shown));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /**
     * Asks whether to save an editor's changes before it closes, in OpsBench's words (the platform's
     * dialog is titled "Save Resource"). For an editor's {@code ISaveablePart2.promptToSaveOnClose}.
     *
     * @return ISaveablePart2.YES, NO or CANCEL
     */
    public static int askBeforeClosing(Shell shell, String name) {
        MessageDialog dialog = new MessageDialog(shell, Messages.saveChangesTitle, null, NLS.bind(Messages.saveChangesMessage, name),
                MessageDialog.QUESTION, 0, Messages.saveChangesSave, Messages.saveChangesDiscard, IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> ISaveablePart2.YES;
            case 1 -> ISaveablePart2.NO;
            default -> ISaveablePart2.CANCEL;
        };
    }

    private final Editor<T> editor;
    /** The last load, for {@link #revert}. */
    private String loadedLabel;
    private Function<ModelSession, T> loadedBy;

    public SaveWorkflow(Editor<T> editor) {
        this.editor = editor;
    }

    /**
     * Reads an aggregate in a job: {@code read} gets a new session and returns the root (found, or
     * made for a new aggregate), or null when it no longer exists.
     */
    public void load(String label, Function<ModelSession, T> read) {
        loadedLabel = label;
        loadedBy = read;
        editor.busy(true);
        Job.create(NLS.bind(Messages.editorLoading, label), (IProgressMonitor monitor) -> {
            ModelSession opened = ServiceDesk.database().openSession();
            try {
                T loaded = read.apply(opened);
                if (loaded == null) {
                    throw new IllegalStateException(NLS.bind(Messages.editorGone, label));
                }
                editor.readWhole(loaded);
                onUi(() -> show(opened, loaded, false), opened);
            } catch (RuntimeException e) {
                opened.close();
                onUi(() -> failed(e.getMessage()), null);
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /**
     * Forgets every unsaved change: the aggregate is read again as the last {@link #load} read it, and
     * {@link Editor#show} replaces the changed one (whose session is closed; nothing is written).
     */
    public void revert() {
        if (loadedBy != null) {
            load(loadedLabel, loadedBy);
        }
    }

    /** Saves the session in a job; a concurrent save is reviewed, then reloaded or overwritten as the user chooses. */
    public void save(ModelSession session, T aggregate) {
        editor.busy(true);
        Job.create(NLS.bind(Messages.editorSaving, ModelRules.name(aggregate)), (IProgressMonitor monitor) -> {
            try {
                session.save();
                onUi(() -> {
                    editor.busy(false);
                    editor.saved(aggregate);
                }, null);
            } catch (ConcurrentChangeException conflict) {
                // Their version, read now off the UI thread, for the review.
                ModelSession fresh = ServiceDesk.database().openSession();
                try {
                    @SuppressWarnings("unchecked")
                    T theirs = (T) fresh.find(aggregate.eClass(), ((PersistentObject) aggregate).getPersistentId());
                    if (theirs != null) {
                        editor.readWhole(theirs);
                    }
                    onUi(() -> review(conflict.getMessage(), aggregate, fresh, theirs), fresh);
                } catch (RuntimeException e) {
                    fresh.close();
                    onUi(() -> failed(e.getMessage()), null);
                }
            } catch (RuntimeException e) {
                onUi(() -> failed(NLS.bind(Messages.editorSaveFailed, ModelRules.name(aggregate), e.getMessage())), null);
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void review(String message, T mine, ModelSession fresh, T theirs) {
        if (theirs == null) {
            fresh.close();
            failed(NLS.bind(Messages.editorGone, ModelRules.name(mine)));
            return;
        }
        switch (ConflictReview.ask(editor.shell(), message, mine, theirs)) {
        case RELOAD -> show(fresh, theirs, false);
        case OVERWRITE -> overwrite(fresh, mine);
        case CANCEL -> {
            fresh.close();
            editor.busy(false);
            editor.reviewCancelled(message);
        }
        }
    }

    /** Gives the stored version my state and saves it; this reads what is not loaded yet, so in a job. */
    private void overwrite(ModelSession fresh, T mine) {
        editor.busy(true);
        Job.create(NLS.bind(Messages.editorSaving, ModelRules.name(mine)), (IProgressMonitor monitor) -> {
            try {
                T merged = fresh.overwrite(mine);
                editor.readWhole(merged);
                onUi(() -> {
                    show(fresh, merged, true); // a fresh history: mine is the starting point now
                    save(fresh, merged);
                }, fresh);
            } catch (RuntimeException e) {
                fresh.close();
                onUi(() -> failed(e.getMessage()), null);
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(ModelSession session, T aggregate, boolean unsaved) {
        editor.show(session, aggregate, unsaved);
        editor.busy(false);
    }

    private void failed(String message) {
        editor.busy(false);
        editor.failed(message);
    }

    /** Runs on the UI thread while the editor is open; a session read for a closed editor is closed. */
    private void onUi(Runnable work, ModelSession dropWhenClosed) {
        Display.getDefault().asyncExec(() -> {
            Shell shell = editor.shell();
            if (shell == null || shell.isDisposed()) {
                if (dropWhenClosed != null) {
                    dropWhenClosed.close();
                }
                return;
            }
            work.run();
        });
    }
}
