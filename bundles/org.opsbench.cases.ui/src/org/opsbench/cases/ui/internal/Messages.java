package org.opsbench.cases.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the case views, in English and Simplified Chinese (messages_zh.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.opsbench.cases.ui.internal.messages";

    public static String casesLoading;
    public static String casesCount;
    public static String filterHint;
    public static String mineOnly;
    public static String withClosed;
    public static String newCase;
    public static String refresh;
    public static String chooseColumns;
    public static String columnNumber;
    public static String columnSeverity;
    public static String columnStatus;
    public static String columnTitle;
    public static String columnCustomer;
    public static String columnEngineer;
    public static String suggestionReason;
    public static String columnOpened;
    public static String columnDeadline;
    public static String deadlineIn;
    public static String deadlineOver;
    public static String targetResponse;
    public static String targetResolve;
    public static String slaEvaluation;
    public static String outboxDelivery;
    public static String caseSetup;
    public static String intakeTitle;
    public static String intakeMessage;
    public static String intakeChannel;
    public static String intakeCaller;
    public static String intakeFind;
    public static String intakeMatches;
    public static String intakeNoMatch;
    public static String intakeCovered;
    public static String intakeCaseTitle;
    public static String intakeDescription;
    public static String intakeVendor;
    public static String intakeSeverity;
    public static String intakeKind;
    public static String intakeEngineer;
    public static String intakeOpen;
    public static String editorLoading;
    public static String editorWorking;
    public static String fieldSeverity;
    public static String fieldStatus;
    public static String fieldKind;
    public static String fieldCustomer;
    public static String fieldCaller;
    public static String fieldContract;
    public static String fieldEngineer;
    public static String fieldOpened;
    public static String fieldDeadline;
    public static String fieldSatisfaction;
    public static String noDeadline;
    public static String unassigned;
    public static String actionAssign;
    public static String actionActivity;
    public static String actionAdvance;
    public static String actionClose;
    public static String actionComplaint;
    public static String actionConvert;
    public static String timeline;
    public static String escalations;
    public static String columnTime;
    public static String columnKind;
    public static String columnAuthor;
    public static String columnText;
    public static String columnDueAt;
    public static String columnRole;
    public static String pauseStarted;
    public static String pauseEnded;
    public static String assignTitle;
    public static String assignMessage;
    public static String activityTitle;
    public static String activityMessage;
    public static String activityKind;
    public static String activityText;
    public static String activityCustomerNote;
    public static String closeTitle;
    public static String closeMessage;
    public static String closeConfirmedBy;
    public static String closeScore;
    public static String closeComment;
    public static String complaintTitle;
    public static String complaintMessage;
    public static String refusedTitle;
    public static String conflictMessage;
    public static String search;
    public static String clearSearch;
    public static String searchTitle;
    public static String searchMessage;
    public static String searchWords;
    public static String searchAny;
    public static String searchDefect;
    public static String searchFrom;
    public static String searchTo;
    public static String searchBadDate;
    public static String searchShown;
    public static String notificationsEmpty;
    public static String notificationsMarkRead;
    public static String notificationsOpenCase;

    public static String searchSaved;
    public static String searchNoSaved;
    public static String searchSavedBy;
    public static String searchDelete;
    public static String searchCustomer;
    public static String searchEngineer;
    public static String searchSaveAs;
    public static String searchSaveAsHint;
    public static String searchShared;
    public static String searchLongName;
    public static String searchSavedMenu;
    public static String actionArticle;
    public static String fieldArticles;
    public static String articleTitle;
    public static String articleMessage;
    public static String articleFieldTitle;
    public static String articleSymptom;
    public static String articleCause;
    public static String articleSolution;
    public static String articleKeywords;
    public static String articleKeywordsHint;
    public static String intakeKnown;
    public static String intakeKnownSolution;
    public static String columnArticle;
    public static String columnMatched;

    public static String actionAnalysis;
    public static String actionReport;
    public static String analysisTitle;
    public static String analysisMessage;
    public static String analysisCause;
    public static String analysisMethod;
    public static String analysisLosses;
    public static String reportWriting;
    public static String exportCsv;
    public static String halfYearReport;
    public static String summaryTitle;
    public static String summaryMessage;
    public static String summaryYear;
    public static String summaryHalf;
    public static String summaryFirstHalf;
    public static String summarySecondHalf;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
