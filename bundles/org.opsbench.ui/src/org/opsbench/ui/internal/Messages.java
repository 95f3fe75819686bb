package org.opsbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench, in English and Simplified Chinese (messages_zh.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.opsbench.ui.internal.messages";

    public static String saveChangesTitle;
    public static String saveChangesMessage;
    public static String saveChangesSave;
    public static String saveChangesDiscard;
    public static String editTyping;
    public static String editChange;
    public static String editUndoNamed;
    public static String editRedoNamed;
    public static String fileWritten;
    public static String openingDatabase;
    public static String healthTask;
    public static String healthMachine;
    public static String healthLastRun;
    public static String healthDuration;
    public static String healthOutcome;
    public static String healthFailures;
    public static String healthNextRun;
    public static String healthLoading;
    public static String healthNothingToDo;
    public static String healthMillis;
    public static String healthNone;
    public static String healthSummary;
    public static String databaseProblemTitle;
    public static String customersLoading;
    public static String customersCount;
    public static String columnCode;
    public static String columnName;
    public static String columnIndustry;
    public static String columnOffice;
    public static String windowTitle;
    public static String loadFailed;
    public static String menuFile;
    public static String menuHelp;
    public static String loginTitle;
    public static String loginMessage;
    public static String loginUser;
    public static String loginPassword;
    public static String loginButton;
    public static String loginChecking;
    public static String cancelButton;
    public static String editorLoading;
    public static String editorSaving;
    public static String editorProblems;
    public static String editorSaveRefused;
    public static String menuEdit;
    public static String editUndo;
    public static String editRedo;
    public static String conflictTitle;
    public static String conflictLine;
    public static String conflictReload;
    public static String conflictOverwrite;
    public static String navigatorFilter;
    public static String navigatorRefresh;
    public static String editorUnnamed;
    public static String editorNone;
    public static String editorRevert;
    public static String editorGone;
    public static String editorSaveFailed;
    public static String editorAdd;
    public static String editorRemove;
    public static String conflictOnlyMine;
    public static String conflictOnlyTheirs;
    public static String conflictMore;
    public static String navigatorEngineers;
    public static String navigatorOpen;
    public static String navigatorNewCustomer;
    public static String propertyType;
    public static String propertyCode;
    public static String propertyName;
    public static String dbPreferencesDescription;
    public static String dbKind;
    public static String dbKindEmbedded;
    public static String dbKindDerbyServer;
    public static String dbKindPostgresql;
    public static String dbUrl;
    public static String dbUrlEmbeddedHint;
    public static String dbUser;
    public static String dbPassword;
    public static String dbTest;
    public static String dbTesting;
    public static String dbTestOk;
    public static String dbRestartNote;
    public static String languageDescription;
    public static String languageLabel;
    public static String languageSystem;
    public static String languageNote;
    public static String languageNotSaved;
    public static String fieldLabel;
    public static String problemOf;
    public static String menuSave;
    public static String menuRevert;
    public static String menuPrint;
    public static String editCopy;
    public static String editPaste;
    public static String editDelete;
    public static String menuExit;
    public static String menuPreferences;
    public static String menuWindow;
    public static String menuShowView;
    public static String menuResetPerspective;
    public static String menuMaximize;
    public static String menuAbout;
    public static String menuBackup;
    public static String backupTitle;
    public static String backupMessage;
    public static String backupFolder;
    public static String backupBrowse;
    public static String backupStart;
    public static String backupFolderMissing;
    public static String backupJob;
    public static String backupDone;
    public static String backupFailed;
    public static String backupCancelled;
    public static String loginEmptyDatabase;
    public static String loginLoadSampleData;
    public static String loginSampleDataLoaded;
    public static String loginSampleDataCancelled;
    public static String sampleDataTitle;
    public static String navigatorCustomersRead;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
