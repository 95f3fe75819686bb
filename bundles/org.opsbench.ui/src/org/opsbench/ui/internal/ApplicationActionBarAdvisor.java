package org.opsbench.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Window and Help menus and the main tool bar (Save); modules add their own commands through
 * menu contributions (menu:file?after=additions, toolbar:org.eclipse.ui.main.toolbar).
 */
final class ApplicationActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction exit;
    private IWorkbenchAction save;
    private IWorkbenchAction undo;
    private IWorkbenchAction print;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction redo;
    private IWorkbenchAction about;
    private IWorkbenchAction revert;
    private IWorkbenchAction preferences;
    private BackupDatabaseAction backup;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction maximize;
    private org.eclipse.jface.action.IContributionItem views;

    ApplicationActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        // Our own texts, so that the menus read in Chinese too (the platform ships English only here).
        exit = action(ActionFactory.QUIT, window, Messages.menuExit);
        save = action(ActionFactory.SAVE, window, Messages.menuSave);
        undo = action(ActionFactory.UNDO, window, Messages.editUndo);
        redo = action(ActionFactory.REDO, window, Messages.editRedo);
        about = action(ActionFactory.ABOUT, window, Messages.menuAbout);
        revert = action(ActionFactory.REVERT, window, Messages.menuRevert);
        // Retargeted: the active editor decides (the network diagram editor copies, pastes, deletes and prints).
        print = action(ActionFactory.PRINT, window, Messages.menuPrint);
        copy = action(ActionFactory.COPY, window, Messages.editCopy);
        paste = action(ActionFactory.PASTE, window, Messages.editPaste);
        delete = action(ActionFactory.DELETE, window, Messages.editDelete);
        preferences = action(ActionFactory.PREFERENCES, window, Messages.menuPreferences);
        backup = new BackupDatabaseAction(window);
        register(backup);
        resetPerspective = action(ActionFactory.RESET_PERSPECTIVE, window, Messages.menuResetPerspective);
        maximize = action(ActionFactory.MAXIMIZE, window, Messages.menuMaximize);
        views = org.eclipse.ui.actions.ContributionItemFactory.VIEWS_SHORTLIST.create(window);
    }

    private IWorkbenchAction action(ActionFactory factory, IWorkbenchWindow window, String text) {
        IWorkbenchAction action = factory.create(window);
        action.setText(text);
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
        file.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(save);
        file.add(revert);
        file.add(print);
        file.add(new org.eclipse.jface.action.Separator());
        file.add(backup);
        file.add(new org.eclipse.jface.action.Separator());
        file.add(exit);
        MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
        help.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(about);
        MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new org.eclipse.jface.action.Separator());
        edit.add(copy);
        edit.add(paste);
        edit.add(delete);
        edit.add(new org.eclipse.jface.action.Separator());
        edit.add(preferences);
        MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager(Messages.menuShowView, "showView");
        showView.add(views);
        window.add(showView);
        window.add(maximize);
        window.add(new org.eclipse.jface.action.Separator());
        window.add(resetPerspective);
        window.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }

    /** Save for every editor; the modules' groups (new case, search) follow, contributed by their plug-ins. */
    @Override
    protected void fillCoolBar(org.eclipse.jface.action.ICoolBarManager coolBar) {
        org.eclipse.jface.action.IToolBarManager main = new org.eclipse.jface.action.ToolBarManager(coolBar.getStyle());
        main.add(save);
        coolBar.add(new org.eclipse.jface.action.ToolBarContributionItem(main, "org.opsbench.ui.main"));
        coolBar.add(new org.eclipse.jface.action.GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
