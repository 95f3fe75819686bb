package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.model.validation.ModelRules;
import org.opsbench.ui.workbench.SaveWorkflow;
import org.opsbench.persistence.ModelSession;

/**
 * Edits one aggregate: a customer with its sites, equipment, contacts and contracts, or an engineer
 * with certifications. The tree on the left shows what the aggregate contains; the form on the right
 * edits the selected object (customer, site, equipment, contract, contact, engineer, ...), and so does
 * the Properties view. Every change is an EMF command on this editor's stack (undo, redo, dirty
 * state); Revert reads the stored version again. Problems stand next to their field and in the header,
 * and an aggregate with problems is not saved: the user's input stays as typed. Loading and saving run
 * in jobs; a save that meets somebody else's newer version offers reload or overwrite after a review.
 */
public final class ModelEditor extends EditorPart implements IEditingDomainProvider, ISaveablePart2 {

    public static final String ID = "org.opsbench.ui.modelEditor";
    public static final String HEADER_ID = "editor.header";
    public static final String TREE_ID = "editor.tree";
    public static final String REMOVE_ID = "editor.remove";
    /** Add buttons are named {@code editor.add.<EClass name>}, e.g. editor.add.Site. */
    public static final String ADD_ID_PREFIX = "editor.add.";

    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());
    private ModelSession session;
    private EObject root;
    /** A new aggregate is dirty until its first save, even before the first edit. */
    private boolean unsavedNew;
    /** An overwrite after a conflict is on its way to the database; until stored the editor stays dirty. */
    private boolean overwritePending;
    private Label header;
    private TreeViewer tree;
    private Composite addButtons;
    private Button remove;
    private Composite details;
    private final Map<EClass, DetailsForm> forms = new HashMap<>();
    private DetailsForm shownForm;
    private EObject selected;
    /** Typed text that is not a value yet, per object and feature, with its problem message. */
    private final Map<EObject, Map<EStructuralFeature, String[]>> pending = new IdentityHashMap<>();
    private Map<EObject, Map<EStructuralFeature, String>> problems = new IdentityHashMap<>();
    private List<String> problemList = List.of();
    private PropertySheetPage propertySheet;
    private Action undo;
    private Action redo;
    private Action revert;
    private boolean busy = true;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    ModelEditorInput modelInput() {
        return (ModelEditorInput) getEditorInput();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);
        header = new Label(parent, SWT.WRAP);
        header.setData("org.opsbench.testing.id", HEADER_ID);
        header.setText(Messages.editorLoading);
        header.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(header);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(left);
        tree = new TreeViewer(left, SWT.BORDER | SWT.SINGLE);
        tree.getTree().setData("org.opsbench.testing.id", TREE_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setContentProvider(new AggregateContent());
        tree.setLabelProvider(new AggregateLabels());
        tree.addSelectionChangedListener(event -> select(((IStructuredSelection) event.getSelection()).getFirstElement()));
        addButtons = new Composite(left, SWT.NONE);
        org.eclipse.swt.layout.RowLayout buttonRows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        buttonRows.wrap = true;
        buttonRows.marginLeft = buttonRows.marginTop = buttonRows.marginRight = buttonRows.marginBottom = 0;
        addButtons.setLayout(buttonRows);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(addButtons);

        ScrolledComposite scrolled = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        details = new Composite(scrolled, SWT.NONE);
        details.setLayout(new StackLayout());
        scrolled.setContent(details);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.addListener(SWT.Resize, e -> scrolled.setMinSize(details.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        sash.setWeights(32, 68);

        domain.getCommandStack().addCommandStackListener(stackListener);
        createActions();
        getSite().setSelectionProvider(tree);
        setBusy(true);
        load();
    }

    private void createActions() {
        undo = new Action(Messages.editUndo) {
            @Override
            public void run() {
                formEditing.typingEnded();
                domain.getCommandStack().undo();
            }
        };
        redo = new Action(Messages.editRedo) {
            @Override
            public void run() {
                domain.getCommandStack().redo();
            }
        };
        revert = new Action(Messages.editorRevert) {
            @Override
            public void run() {
                revert();
            }
        };
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        updateActions();
    }

    private void updateActions() {
        undo.setEnabled(!busy && domain.getCommandStack().canUndo());
        redo.setEnabled(!busy && domain.getCommandStack().canRedo());
        // Edit > Undo says what it undoes, as the diagram editor does.
        Command toUndo = domain.getCommandStack().getUndoCommand();
        Command toRedo = domain.getCommandStack().getRedoCommand();
        undo.setText(toUndo == null || toUndo.getLabel() == null ? Messages.editUndo : NLS.bind(Messages.editUndoNamed, toUndo.getLabel()));
        redo.setText(toRedo == null || toRedo.getLabel() == null ? Messages.editRedo : NLS.bind(Messages.editRedoNamed, toRedo.getLabel()));
        revert.setEnabled(!busy && isDirty());
        getEditorSite().getActionBars().updateActionBars();
    }

    private final CommandStackListener stackListener = (EventObject event) -> Display.getDefault().asyncExec(() -> {
        if (header.isDisposed() || root == null) {
            return;
        }
        Command recent = domain.getCommandStack().getMostRecentCommand();
        validate(); // also refreshes the tree, structure and labels
        Collection<?> affected = recent == null ? List.of() : recent.getAffectedObjects();
        Object toSelect = affected.stream().<Object>map(Object.class::cast)
                .filter(o -> o instanceof EObject e && EcoreUtil.isAncestor(root, e)).findFirst()
                .orElse(selected != null && EcoreUtil.isAncestor(root, selected) ? selected : root);
        if (toSelect != selected) {
            tree.setSelection(new StructuredSelection(toSelect), true);
        } else {
            showSelected();
        }
        if (propertySheet != null && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
        firePropertyChange(IEditorPart.PROP_DIRTY);
        updateActions();
    });

    // ---- loading, reverting ----

    /** Loading and saving, with the review of a concurrent save: the workbench's one workflow. */
    private final SaveWorkflow<EObject> workflow = new SaveWorkflow<>(new SaveWorkflow.Editor<>() {
        @Override
        public Shell shell() {
            return header == null || header.isDisposed() ? null : getSite().getShell();
        }

        @Override
        public void busy(boolean isBusy) {
            setBusy(isBusy);
        }

        @Override
        public void show(ModelSession session, EObject aggregate, boolean unsaved) {
            boolean firstLoad = root == null;
            replace(session, aggregate);
            overwritePending = unsaved;
            if (firstLoad) {
                unsavedNew = modelInput().isNew();
                select(modelInput().selectedId());
            } else {
                select(0);
            }
            firePropertyChange(IEditorPart.PROP_DIRTY);
            updateActions();
        }

        @Override
        public void saved(EObject aggregate) {
            ModelEditor.this.saved(null);
        }

        @Override
        public void failed(String message) {
            showHeader(message, true);
        }

        @Override
        public void reviewCancelled(String message) {
            showHeader(message, true);
        }
    });

    private void load() {
        ModelEditorInput input = modelInput();
        workflow.load(input.label(), opened -> {
            if (!input.isNew()) {
                return opened.find(input.rootClass(), input.rootId());
            }
            EObject created = EcoreUtil.create(input.rootClass());
            EReference office = (EReference) input.rootClass().getEStructuralFeature("office");
            if (office != null && input.officeId() != 0) {
                created.eSet(office, opened.find(OpsPackage.Literals.OFFICE, input.officeId()));
            }
            opened.add(created);
            return created;
        });
    }

    /** Works on another session and aggregate from now on; the old history belonged to the old objects. */
    private void replace(ModelSession newSession, EObject newRoot) {
        if (session != null && session != newSession) {
            session.close();
        }
        session = newSession;
        root = newRoot;
        pending.clear();
        domain.getCommandStack().flush();
        tree.setInput(new Object[] { root });
        tree.expandToLevel(3);
        validate();
    }

    /** Selects the object with this id inside the aggregate (the root for 0 or an unknown id). */
    void select(long id) {
        if (root == null) {
            return;
        }
        EObject found = root;
        for (var contents = root.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof PersistentObject persistent && persistent.getPersistentId() == id && id != 0) {
                found = next;
            }
        }
        tree.setSelection(new StructuredSelection(found), true);
    }

    /** Forgets every unsaved change and reads the stored version again (a new aggregate starts empty again). */
    private void revert() {
        if (session != null) {
            session.close(); // in memory only: nothing is written
            session = null;
        }
        root = null;
        overwritePending = false;
        showHeader(Messages.editorLoading, false);
        workflow.revert();
    }

    // ---- selection, forms ----

    private void select(Object element) {
        if (!(element instanceof EObject object) || root == null) {
            return;
        }
        selected = object;
        DetailsForm form = forms.computeIfAbsent(object.eClass(),
                eClass -> new DetailsForm(details, eClass, root.eClass(), formEditing));
        if (form != shownForm) {
            ((StackLayout) details.getLayout()).topControl = form.control();
            shownForm = form;
        }
        showSelected();
        details.layout(true, true);
        ((ScrolledComposite) details.getParent()).setMinSize(details.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        updateAddButtons();
    }

    private void showSelected() {
        if (shownForm == null || selected == null) {
            return;
        }
        Map<EStructuralFeature, String> texts = new HashMap<>();
        Map<EStructuralFeature, String> messages = new HashMap<>(problems.getOrDefault(selected, Map.of()));
        pending.getOrDefault(selected, Map.of()).forEach((feature, textAndProblem) -> {
            texts.put(feature, textAndProblem[0]);
            messages.put(feature, textAndProblem[1]);
        });
        shownForm.show(selected, root, texts, messages);
        shownForm.setEnabled(!busy);
    }

    private final DetailsForm.Editing formEditing = new DetailsForm.Editing() {
        @Override
        public void set(EObject object, EStructuralFeature feature, Object value) {
            ModelEditor.this.set(object, feature, value);
        }

        @Override
        public void typed(EObject object, EStructuralFeature feature, Object value) {
            Command top = domain.getCommandStack().getUndoCommand();
            if (top instanceof TypedValue typing && typing.takes(object, feature)) {
                typing.retype(value); // the same step; the stack does not change, so tell what it would
                stackListener.commandStackChanged(new EventObject(domain.getCommandStack()));
            } else {
                typingEnded();
                domain.getCommandStack().execute(new TypedValue(object, feature, value));
            }
        }

        @Override
        public void typingEnded() {
            if (domain.getCommandStack().getUndoCommand() instanceof TypedValue typing) {
                typing.close();
            }
        }

        @Override
        public void pending(EObject object, EStructuralFeature feature, String text, String problem) {
            Map<EStructuralFeature, String[]> texts = pending.computeIfAbsent(object, o -> new HashMap<>());
            String[] before = text == null ? texts.remove(feature) : texts.put(feature, new String[] { text, problem });
            if (texts.isEmpty()) {
                pending.remove(object);
            }
            if (text != null || before != null) {
                validate();
                showSelected();
                firePropertyChange(IEditorPart.PROP_DIRTY);
                updateActions();
            }
        }
    };

    /** A user edit becomes a command, so it can be undone; it is named after the field ("Undo Change Industry"). */
    void set(EObject object, EStructuralFeature feature, Object value) {
        formEditing.typingEnded();
        CompoundCommand change = new CompoundCommand(
                NLS.bind(Messages.editChange, ModelRules.label(feature)));
        change.append(SetCommand.create(domain, object, feature, value));
        domain.getCommandStack().execute(change);
    }

    private void updateAddButtons() {
        for (Control child : addButtons.getChildren()) {
            child.dispose();
        }
        EObject owner = selected.eClass().getEAllContainments().isEmpty() && selected.eContainer() != null
                ? selected.eContainer() : selected;
        for (EReference containment : owner.eClass().getEAllContainments()) {
            EClass childClass = containment.getEReferenceType();
            Button add = new Button(addButtons, SWT.PUSH);
            add.setText(NLS.bind(Messages.editorAdd, ModelRules.label(childClass)));
            add.setData("org.opsbench.testing.id", ADD_ID_PREFIX + childClass.getName());
            add.setEnabled(!busy);
            add.addListener(SWT.Selection, e -> add(owner, containment));
        }
        remove = new Button(addButtons, SWT.PUSH);
        remove.setText(Messages.editorRemove);
        remove.setData("org.opsbench.testing.id", REMOVE_ID);
        remove.setEnabled(!busy && selected != root);
        remove.addListener(SWT.Selection, e -> remove(selected));
        addButtons.getParent().layout(true, true);
    }

    private void add(EObject owner, EReference containment) {
        EObject child = EcoreUtil.create(containment.getEReferenceType());
        domain.getCommandStack().execute(AddCommand.create(domain, owner, containment, child));
        Display.getDefault().asyncExec(() -> {
            if (shownForm != null && selected == child) {
                shownForm.firstField().setFocus();
            }
        });
    }

    /** Removes an object and clears the references that pointed into it, in one undoable command. */
    private void remove(EObject object) {
        if (object == root) {
            return;
        }
        CompoundCommand command = new CompoundCommand(Messages.editorRemove);
        List<EObject> removed = new ArrayList<>();
        removed.add(object);
        object.eAllContents().forEachRemaining(removed::add);
        for (var contents = root.eAllContents(); contents.hasNext();) {
            EObject other = contents.next();
            if (removed.contains(other)) {
                continue;
            }
            for (EReference reference : other.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !reference.isChangeable()) {
                    continue;
                }
                if (reference.isMany()) {
                    List<?> targets = (List<?>) other.eGet(reference);
                    List<EObject> gone = removed.stream().filter(targets::contains).toList();
                    if (!gone.isEmpty()) {
                        command.append(RemoveCommand.create(domain, other, reference, gone));
                    }
                } else if (removed.contains(other.eGet(reference))) {
                    command.append(SetCommand.create(domain, other, reference, null));
                }
            }
        }
        command.append(RemoveCommand.create(domain, object.eContainer(), object.eContainmentFeature(), object));
        pending.keySet().removeAll(removed);
        domain.getCommandStack().execute(command);
    }

    // ---- validation ----

    /** @return whether the aggregate can be saved; shows each problem next to its field and in the header */
    private boolean validate() {
        if (root == null) {
            return false;
        }
        Map<EObject, Map<EStructuralFeature, String>> found = new IdentityHashMap<>();
        List<String> all = new ArrayList<>();
        collect(Diagnostician.INSTANCE.validate(root), found, all);
        pending.forEach((object, texts) -> texts.forEach((feature, textAndProblem) -> {
            found.computeIfAbsent(object, o -> new LinkedHashMap<>()).put(feature, textAndProblem[1]);
            all.add(NLS.bind(Messages.problemOf, ModelRules.name(object), textAndProblem[1]));
        }));
        problems = found;
        problemList = all;
        if (all.isEmpty()) {
            showHeader(ModelRules.label(root.eClass()) + "  " + ModelRules.name(root), false);
        } else {
            showHeader(NLS.bind(Messages.editorProblems, all.size(), all.get(0)), true);
        }
        tree.refresh(true);
        return all.isEmpty();
    }

    private static void collect(Diagnostic diagnostic, Map<EObject, Map<EStructuralFeature, String>> found, List<String> all) {
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR && !child.getData().isEmpty() && child.getData().get(0) instanceof EObject object) {
                Object feature = child.getData().size() > 1 ? child.getData().get(1) : null;
                if (feature instanceof EStructuralFeature structural) {
                    found.computeIfAbsent(object, o -> new LinkedHashMap<>()).putIfAbsent(structural, child.getMessage());
                } else {
                    found.computeIfAbsent(object, o -> new LinkedHashMap<>());
                }
                all.add(NLS.bind(Messages.problemOf, ModelRules.name(object), child.getMessage()));
            }
            collect(child, found, all);
        }
    }

    private void showHeader(String text, boolean error) {
        if (header.isDisposed()) {
            return;
        }
        header.setText(text);
        header.setForeground(header.getDisplay().getSystemColor(error ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
        header.getParent().layout(true, true);
    }

    // ---- saving, conflicts ----

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (busy || !validate()) {
            showHeader(NLS.bind(Messages.editorSaveRefused, NLS.bind(Messages.editorProblems, problemList.size(),
                    problemList.isEmpty() ? "" : problemList.get(0))), true);
            monitor.setCanceled(true);
            return;
        }
        save(session, root);
    }

    private void save(ModelSession saving, EObject saved) {
        workflow.save(saving, saved);
    }

    private void saved(String failure) {
        if (header.isDisposed()) {
            return;
        }
        if (failure == null) {
            overwritePending = false;
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            if (unsavedNew) {
                unsavedNew = false;
                setInputWithNotify(modelInput().saved(((PersistentObject) root).getPersistentId(), ModelRules.name(root)));
            }
            setPartName(ModelRules.name(root));
            validate();
            firePropertyChange(IEditorPart.PROP_DIRTY);
            updateActions();
            ModelChanges.saved(root.eClass(), ((PersistentObject) root).getPersistentId());
        } else {
            showHeader(failure, true);
        }
    }

    private void setBusy(boolean isBusy) {
        busy = isBusy;
        if (shownForm != null) {
            shownForm.setEnabled(!busy);
        }
        for (Control child : addButtons.getChildren()) {
            child.setEnabled(!busy && (child != remove || selected != root));
        }
        if (undo != null) {
            updateActions();
        }
    }

    @Override
    public void doSaveAs() {
        // not offered: an aggregate is saved where it lives
    }

    @Override
    public boolean isDirty() {
        return unsavedNew || overwritePending || !pending.isEmpty() || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
                propertySheet = new PropertySheetPage();
                propertySheet.setPropertySourceProvider(object -> object instanceof EObject eObject && root != null
                        && EcoreUtil.isAncestor(root, eObject) ? new ModelPropertySource(eObject, this::set)
                                : org.eclipse.core.runtime.Adapters.adapt(object, IPropertySource.class));
            }
            return adapter.cast(propertySheet);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        if (session != null) {
            session.close();
        }
        super.dispose();
    }

    /** The aggregate as a tree: each object's contained objects, in model order. */
    private static final class AggregateContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return (Object[]) input;
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((EObject) parent).eContents().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return ((EObject) element).eContainer();
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((EObject) element).eContents().isEmpty();
        }
    }

    /** Type and name; objects with problems in red. */
    private final class AggregateLabels extends LabelProvider implements IColorProvider {
        @Override
        public String getText(Object element) {
            EObject object = (EObject) element;
            return object.eContainer() == null ? ModelRules.name(object)
                    : NLS.bind(Messages.problemOf, ModelRules.label(object.eClass()), ModelRules.name(object));
        }

        @Override
        public Color getForeground(Object element) {
            return problems.containsKey(element) ? Display.getDefault().getSystemColor(SWT.COLOR_RED) : null;
        }

        @Override
        public Color getBackground(Object element) {
            return null;
        }
    }

    /** Closing with unsaved changes asks in OpsBench's words (Save, Don't Save, Cancel). */
    @Override
    public int promptToSaveOnClose() {
        return SaveWorkflow.askBeforeClosing(getSite().getShell(), getPartName());
    }
}
