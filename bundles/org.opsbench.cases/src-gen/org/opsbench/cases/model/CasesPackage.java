/**
 */
package org.opsbench.cases.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Case management: cases with their activity log and SLA clocks, severity schemes, escalation plans. References the core model.
 * <!-- end-model-doc -->
 * @see org.opsbench.cases.model.CasesFactory
 * @model kind="package"
 *        annotation="http://opsbench.org/persistence schemaVersion='1'"
 * @generated
 */
public interface CasesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://opsbench.org/cases/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cases";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CasesPackage eINSTANCE = org.opsbench.cases.model.impl.CasesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.SavedSearchImpl <em>Saved Search</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.SavedSearchImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSavedSearch()
	 * @generated
	 */
	int SAVED_SEARCH = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__OWNER = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__NAME = 1;

	/**
	 * The feature id for the '<em><b>Shared</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__SHARED = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__VENDOR = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__KIND = 5;

	/**
	 * The feature id for the '<em><b>Kind Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__KIND_SET = 6;

	/**
	 * The feature id for the '<em><b>Opened From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__OPENED_FROM = 7;

	/**
	 * The feature id for the '<em><b>Opened Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__OPENED_BEFORE = 8;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__CUSTOMER = 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__STATUS = 10;

	/**
	 * The feature id for the '<em><b>Status Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__STATUS_SET = 11;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__SEVERITY = 12;

	/**
	 * The feature id for the '<em><b>Engineer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__ENGINEER = 13;

	/**
	 * The feature id for the '<em><b>With Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__WITH_CLOSED = 14;

	/**
	 * The number of structural features of the '<em>Saved Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Saved Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl <em>Knowledge Article</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.KnowledgeArticleImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getKnowledgeArticle()
	 * @generated
	 */
	int KNOWLEDGE_ARTICLE = 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Symptom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__SYMPTOM = 2;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__CAUSE = 3;

	/**
	 * The feature id for the '<em><b>Solution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__SOLUTION = 4;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__VENDOR = 5;

	/**
	 * The feature id for the '<em><b>Keywords</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__KEYWORDS = 6;

	/**
	 * The feature id for the '<em><b>Source Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__SOURCE_CASE = 7;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__AUTHOR = 8;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__CREATED_AT = 9;

	/**
	 * The feature id for the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__UPDATED_AT = 10;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE__RETIRED = 11;

	/**
	 * The number of structural features of the '<em>Knowledge Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Knowledge Article</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_ARTICLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.SeveritySchemeImpl <em>Severity Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.SeveritySchemeImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSeverityScheme()
	 * @generated
	 */
	int SEVERITY_SCHEME = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_SCHEME__NAME = 0;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_SCHEME__LEVELS = 1;

	/**
	 * The number of structural features of the '<em>Severity Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_SCHEME_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Severity Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_SCHEME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.SeverityLevelImpl <em>Severity Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.SeverityLevelImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSeverityLevel()
	 * @generated
	 */
	int SEVERITY_LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL__RESPONSE_MINUTES = 3;

	/**
	 * The feature id for the '<em><b>Resolve Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL__RESOLVE_MINUTES = 4;

	/**
	 * The feature id for the '<em><b>Engineers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL__ENGINEERS = 5;

	/**
	 * The number of structural features of the '<em>Severity Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Severity Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.EscalationPlanImpl <em>Escalation Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.EscalationPlanImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getEscalationPlan()
	 * @generated
	 */
	int ESCALATION_PLAN = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__SCHEME = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__MODE = 2;

	/**
	 * The feature id for the '<em><b>Warning Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__WARNING_PERCENT = 3;

	/**
	 * The feature id for the '<em><b>Reminder Minutes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__REMINDER_MINUTES = 4;

	/**
	 * The feature id for the '<em><b>Reassign Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__REASSIGN_MINUTES = 5;

	/**
	 * The feature id for the '<em><b>Pausing Statuses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__PAUSING_STATUSES = 6;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN__STEPS = 7;

	/**
	 * The number of structural features of the '<em>Escalation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Escalation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.EscalationStepImpl <em>Escalation Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.EscalationStepImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getEscalationStep()
	 * @generated
	 */
	int ESCALATION_STEP = 5;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP__SEVERITY = 0;

	/**
	 * The feature id for the '<em><b>After Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP__AFTER_MINUTES = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP__ROLE = 2;

	/**
	 * The number of structural features of the '<em>Escalation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Escalation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.ServiceCaseImpl <em>Service Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.ServiceCaseImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getServiceCase()
	 * @generated
	 */
	int SERVICE_CASE = 6;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CHANNEL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Case Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CASE_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Defect Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__DEFECT_CLASS = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__STATUS_SINCE = 6;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__SEVERITY = 7;

	/**
	 * The feature id for the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__OPENED_AT = 8;

	/**
	 * The feature id for the '<em><b>Opened By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__OPENED_BY = 9;

	/**
	 * The feature id for the '<em><b>Caller Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CALLER_NAME = 10;

	/**
	 * The feature id for the '<em><b>Caller Company</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CALLER_COMPANY = 11;

	/**
	 * The feature id for the '<em><b>Caller Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CALLER_PHONE = 12;

	/**
	 * The feature id for the '<em><b>Caller Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CALLER_EMAIL = 13;

	/**
	 * The feature id for the '<em><b>Contract Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CONTRACT_NUMBER = 14;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__TITLE = 15;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__DESCRIPTION = 16;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__VENDOR = 17;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CUSTOMER = 18;

	/**
	 * The feature id for the '<em><b>Site</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__SITE = 19;

	/**
	 * The feature id for the '<em><b>Contract</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CONTRACT = 20;

	/**
	 * The feature id for the '<em><b>Equipment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__EQUIPMENT = 21;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__OFFICE = 22;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CALENDAR = 23;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__PLAN = 24;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__ASSIGNEE = 25;

	/**
	 * The feature id for the '<em><b>Assigned At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__ASSIGNED_AT = 26;

	/**
	 * The feature id for the '<em><b>Responded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__RESPONDED_AT = 27;

	/**
	 * The feature id for the '<em><b>Diagnosed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__DIAGNOSED_AT = 28;

	/**
	 * The feature id for the '<em><b>Resolved At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__RESOLVED_AT = 29;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__CLOSED_AT = 30;

	/**
	 * The feature id for the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__SATISFACTION = 31;

	/**
	 * The feature id for the '<em><b>Satisfaction Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__SATISFACTION_COMMENT = 32;

	/**
	 * The feature id for the '<em><b>Fault Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__FAULT_CAUSE = 33;

	/**
	 * The feature id for the '<em><b>Resolution Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__RESOLUTION_METHOD = 34;

	/**
	 * The feature id for the '<em><b>Losses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__LOSSES = 35;

	/**
	 * The feature id for the '<em><b>Complaint Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__COMPLAINT_OPEN = 36;

	/**
	 * The feature id for the '<em><b>Pauses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__PAUSES = 37;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__ACTIVITIES = 38;

	/**
	 * The feature id for the '<em><b>Log Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__LOG_LENGTH = 39;

	/**
	 * The feature id for the '<em><b>Log Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE__LOG_HEAD = 40;

	/**
	 * The number of structural features of the '<em>Service Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE_FEATURE_COUNT = 41;

	/**
	 * The number of operations of the '<em>Service Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.SlaPauseImpl <em>Sla Pause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.SlaPauseImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSlaPause()
	 * @generated
	 */
	int SLA_PAUSE = 7;

	/**
	 * The feature id for the '<em><b>Paused At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_PAUSE__PAUSED_AT = 0;

	/**
	 * The feature id for the '<em><b>Resumed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_PAUSE__RESUMED_AT = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_PAUSE__STATUS = 2;

	/**
	 * The number of structural features of the '<em>Sla Pause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_PAUSE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Sla Pause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_PAUSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.ActivityImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 8;

	/**
	 * The feature id for the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ORDINAL = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__KIND = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__AT = 2;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TEXT = 4;

	/**
	 * The feature id for the '<em><b>Customer Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CUSTOMER_NOTE = 5;

	/**
	 * The feature id for the '<em><b>Previous Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PREVIOUS_HASH = 6;

	/**
	 * The feature id for the '<em><b>Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__HASH = 7;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.SlaEventImpl <em>Sla Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.SlaEventImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSlaEvent()
	 * @generated
	 */
	int SLA_EVENT = 9;

	/**
	 * The feature id for the '<em><b>Service Case Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT__SERVICE_CASE_ID = 0;

	/**
	 * The feature id for the '<em><b>Event Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT__EVENT_KEY = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT__KIND = 2;

	/**
	 * The feature id for the '<em><b>Due At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT__DUE_AT = 3;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT__RECORDED_AT = 4;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT__ROLE = 5;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT__RECORDED_BY = 6;

	/**
	 * The number of structural features of the '<em>Sla Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Sla Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLA_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.impl.CaseSettingsImpl <em>Case Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.impl.CaseSettingsImpl
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getCaseSettings()
	 * @generated
	 */
	int CASE_SETTINGS = 10;

	/**
	 * The feature id for the '<em><b>Number Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_SETTINGS__NUMBER_PATTERN = 0;

	/**
	 * The feature id for the '<em><b>Satisfied Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_SETTINGS__SATISFIED_SCORE = 1;

	/**
	 * The feature id for the '<em><b>Default Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_SETTINGS__DEFAULT_PLAN = 2;

	/**
	 * The number of structural features of the '<em>Case Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_SETTINGS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Case Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.CaseKind <em>Case Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.CaseKind
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getCaseKind()
	 * @generated
	 */
	int CASE_KIND = 11;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.DefectClass <em>Defect Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.DefectClass
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getDefectClass()
	 * @generated
	 */
	int DEFECT_CLASS = 12;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 13;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.ActivityKind <em>Activity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.ActivityKind
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getActivityKind()
	 * @generated
	 */
	int ACTIVITY_KIND = 14;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.EscalationMode <em>Escalation Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.EscalationMode
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getEscalationMode()
	 * @generated
	 */
	int ESCALATION_MODE = 15;

	/**
	 * The meta object id for the '{@link org.opsbench.cases.model.SlaEventKind <em>Sla Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.opsbench.cases.model.SlaEventKind
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSlaEventKind()
	 * @generated
	 */
	int SLA_EVENT_KIND = 16;

	/**
	 * The meta object id for the '<em>Timestamp</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getTimestamp()
	 * @generated
	 */
	int TIMESTAMP = 17;


	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.SavedSearch <em>Saved Search</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saved Search</em>'.
	 * @see org.opsbench.cases.model.SavedSearch
	 * @generated
	 */
	EClass getSavedSearch();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getOwner()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getName()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#isShared <em>Shared</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#isShared()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Shared();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getText()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getVendor()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getKind()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#isKindSet <em>Kind Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind Set</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#isKindSet()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_KindSet();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getOpenedFrom <em>Opened From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened From</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getOpenedFrom()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_OpenedFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getOpenedBefore <em>Opened Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened Before</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getOpenedBefore()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_OpenedBefore();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.SavedSearch#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getCustomer()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EReference getSavedSearch_Customer();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getStatus()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#isStatusSet <em>Status Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Set</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#isStatusSet()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_StatusSet();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getSeverity()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Severity();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.SavedSearch#getEngineer <em>Engineer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Engineer</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#getEngineer()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EReference getSavedSearch_Engineer();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SavedSearch#isWithClosed <em>With Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>With Closed</em>'.
	 * @see org.opsbench.cases.model.SavedSearch#isWithClosed()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_WithClosed();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.KnowledgeArticle <em>Knowledge Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knowledge Article</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle
	 * @generated
	 */
	EClass getKnowledgeArticle();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getNumber()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getTitle()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getSymptom <em>Symptom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symptom</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getSymptom()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Symptom();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getCause()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Cause();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getSolution <em>Solution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Solution</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getSolution()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Solution();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getVendor()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getKeywords <em>Keywords</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keywords</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getKeywords()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Keywords();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.KnowledgeArticle#getSourceCase <em>Source Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Case</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getSourceCase()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EReference getKnowledgeArticle_SourceCase();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getAuthor()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getCreatedAt()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#getUpdatedAt <em>Updated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated At</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#getUpdatedAt()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_UpdatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.KnowledgeArticle#isRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see org.opsbench.cases.model.KnowledgeArticle#isRetired()
	 * @see #getKnowledgeArticle()
	 * @generated
	 */
	EAttribute getKnowledgeArticle_Retired();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.SeverityScheme <em>Severity Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Severity Scheme</em>'.
	 * @see org.opsbench.cases.model.SeverityScheme
	 * @generated
	 */
	EClass getSeverityScheme();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SeverityScheme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.cases.model.SeverityScheme#getName()
	 * @see #getSeverityScheme()
	 * @generated
	 */
	EAttribute getSeverityScheme_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.cases.model.SeverityScheme#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.opsbench.cases.model.SeverityScheme#getLevels()
	 * @see #getSeverityScheme()
	 * @generated
	 */
	EReference getSeverityScheme_Levels();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.SeverityLevel <em>Severity Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Severity Level</em>'.
	 * @see org.opsbench.cases.model.SeverityLevel
	 * @generated
	 */
	EClass getSeverityLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SeverityLevel#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.opsbench.cases.model.SeverityLevel#getCode()
	 * @see #getSeverityLevel()
	 * @generated
	 */
	EAttribute getSeverityLevel_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SeverityLevel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.cases.model.SeverityLevel#getName()
	 * @see #getSeverityLevel()
	 * @generated
	 */
	EAttribute getSeverityLevel_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SeverityLevel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.opsbench.cases.model.SeverityLevel#getDescription()
	 * @see #getSeverityLevel()
	 * @generated
	 */
	EAttribute getSeverityLevel_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SeverityLevel#getResponseMinutes <em>Response Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Minutes</em>'.
	 * @see org.opsbench.cases.model.SeverityLevel#getResponseMinutes()
	 * @see #getSeverityLevel()
	 * @generated
	 */
	EAttribute getSeverityLevel_ResponseMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SeverityLevel#getResolveMinutes <em>Resolve Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolve Minutes</em>'.
	 * @see org.opsbench.cases.model.SeverityLevel#getResolveMinutes()
	 * @see #getSeverityLevel()
	 * @generated
	 */
	EAttribute getSeverityLevel_ResolveMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SeverityLevel#getEngineers <em>Engineers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engineers</em>'.
	 * @see org.opsbench.cases.model.SeverityLevel#getEngineers()
	 * @see #getSeverityLevel()
	 * @generated
	 */
	EAttribute getSeverityLevel_Engineers();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.EscalationPlan <em>Escalation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Escalation Plan</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan
	 * @generated
	 */
	EClass getEscalationPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.EscalationPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getName()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EAttribute getEscalationPlan_Name();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.EscalationPlan#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scheme</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getScheme()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EReference getEscalationPlan_Scheme();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.EscalationPlan#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getMode()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EAttribute getEscalationPlan_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.EscalationPlan#getWarningPercent <em>Warning Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warning Percent</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getWarningPercent()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EAttribute getEscalationPlan_WarningPercent();

	/**
	 * Returns the meta object for the attribute list '{@link org.opsbench.cases.model.EscalationPlan#getReminderMinutes <em>Reminder Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Reminder Minutes</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getReminderMinutes()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EAttribute getEscalationPlan_ReminderMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.EscalationPlan#getReassignMinutes <em>Reassign Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reassign Minutes</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getReassignMinutes()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EAttribute getEscalationPlan_ReassignMinutes();

	/**
	 * Returns the meta object for the attribute list '{@link org.opsbench.cases.model.EscalationPlan#getPausingStatuses <em>Pausing Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pausing Statuses</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getPausingStatuses()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EAttribute getEscalationPlan_PausingStatuses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.cases.model.EscalationPlan#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.opsbench.cases.model.EscalationPlan#getSteps()
	 * @see #getEscalationPlan()
	 * @generated
	 */
	EReference getEscalationPlan_Steps();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.EscalationStep <em>Escalation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Escalation Step</em>'.
	 * @see org.opsbench.cases.model.EscalationStep
	 * @generated
	 */
	EClass getEscalationStep();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.EscalationStep#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.opsbench.cases.model.EscalationStep#getSeverity()
	 * @see #getEscalationStep()
	 * @generated
	 */
	EAttribute getEscalationStep_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.EscalationStep#getAfterMinutes <em>After Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After Minutes</em>'.
	 * @see org.opsbench.cases.model.EscalationStep#getAfterMinutes()
	 * @see #getEscalationStep()
	 * @generated
	 */
	EAttribute getEscalationStep_AfterMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.EscalationStep#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.opsbench.cases.model.EscalationStep#getRole()
	 * @see #getEscalationStep()
	 * @generated
	 */
	EAttribute getEscalationStep_Role();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.ServiceCase <em>Service Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Case</em>'.
	 * @see org.opsbench.cases.model.ServiceCase
	 * @generated
	 */
	EClass getServiceCase();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getNumber()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getChannel()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getKind()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getCaseType <em>Case Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Type</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getCaseType()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_CaseType();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getDefectClass <em>Defect Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Defect Class</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getDefectClass()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_DefectClass();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getStatus()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getStatusSince <em>Status Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Since</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getStatusSince()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_StatusSince();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getSeverity()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getOpenedAt <em>Opened At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened At</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getOpenedAt()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_OpenedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getOpenedBy <em>Opened By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened By</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getOpenedBy()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_OpenedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getCallerName <em>Caller Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Name</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getCallerName()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_CallerName();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getCallerCompany <em>Caller Company</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Company</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getCallerCompany()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_CallerCompany();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getCallerPhone <em>Caller Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Phone</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getCallerPhone()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_CallerPhone();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getCallerEmail <em>Caller Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caller Email</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getCallerEmail()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_CallerEmail();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getContractNumber <em>Contract Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contract Number</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getContractNumber()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_ContractNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getTitle()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getDescription()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getVendor()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Vendor();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getCustomer()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Site</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getSite()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Site();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getContract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contract</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getContract()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Contract();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getEquipment <em>Equipment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Equipment</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getEquipment()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Equipment();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getOffice()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Office();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getCalendar()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Calendar();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getPlan()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Plan();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.ServiceCase#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assignee</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getAssignee()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getAssignedAt <em>Assigned At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assigned At</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getAssignedAt()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_AssignedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getRespondedAt <em>Responded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responded At</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getRespondedAt()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_RespondedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getDiagnosedAt <em>Diagnosed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnosed At</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getDiagnosedAt()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_DiagnosedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getResolvedAt <em>Resolved At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved At</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getResolvedAt()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_ResolvedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getClosedAt()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_ClosedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getSatisfaction <em>Satisfaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getSatisfaction()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Satisfaction();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getSatisfactionComment <em>Satisfaction Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction Comment</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getSatisfactionComment()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_SatisfactionComment();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getFaultCause <em>Fault Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fault Cause</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getFaultCause()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_FaultCause();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getResolutionMethod <em>Resolution Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution Method</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getResolutionMethod()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_ResolutionMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getLosses <em>Losses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Losses</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getLosses()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_Losses();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#isComplaintOpen <em>Complaint Open</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complaint Open</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#isComplaintOpen()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_ComplaintOpen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.cases.model.ServiceCase#getPauses <em>Pauses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pauses</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getPauses()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Pauses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.opsbench.cases.model.ServiceCase#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getActivities()
	 * @see #getServiceCase()
	 * @generated
	 */
	EReference getServiceCase_Activities();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getLogLength <em>Log Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Log Length</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getLogLength()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_LogLength();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.ServiceCase#getLogHead <em>Log Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Log Head</em>'.
	 * @see org.opsbench.cases.model.ServiceCase#getLogHead()
	 * @see #getServiceCase()
	 * @generated
	 */
	EAttribute getServiceCase_LogHead();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.SlaPause <em>Sla Pause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sla Pause</em>'.
	 * @see org.opsbench.cases.model.SlaPause
	 * @generated
	 */
	EClass getSlaPause();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaPause#getPausedAt <em>Paused At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paused At</em>'.
	 * @see org.opsbench.cases.model.SlaPause#getPausedAt()
	 * @see #getSlaPause()
	 * @generated
	 */
	EAttribute getSlaPause_PausedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaPause#getResumedAt <em>Resumed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resumed At</em>'.
	 * @see org.opsbench.cases.model.SlaPause#getResumedAt()
	 * @see #getSlaPause()
	 * @generated
	 */
	EAttribute getSlaPause_ResumedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaPause#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.opsbench.cases.model.SlaPause#getStatus()
	 * @see #getSlaPause()
	 * @generated
	 */
	EAttribute getSlaPause_Status();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.opsbench.cases.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#getOrdinal <em>Ordinal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordinal</em>'.
	 * @see org.opsbench.cases.model.Activity#getOrdinal()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Ordinal();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.opsbench.cases.model.Activity#getKind()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.opsbench.cases.model.Activity#getAt()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_At();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.opsbench.cases.model.Activity#getAuthor()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.opsbench.cases.model.Activity#getText()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#isCustomerNote <em>Customer Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Note</em>'.
	 * @see org.opsbench.cases.model.Activity#isCustomerNote()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_CustomerNote();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#getPreviousHash <em>Previous Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Hash</em>'.
	 * @see org.opsbench.cases.model.Activity#getPreviousHash()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_PreviousHash();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.Activity#getHash <em>Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hash</em>'.
	 * @see org.opsbench.cases.model.Activity#getHash()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Hash();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.SlaEvent <em>Sla Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sla Event</em>'.
	 * @see org.opsbench.cases.model.SlaEvent
	 * @generated
	 */
	EClass getSlaEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaEvent#getServiceCaseId <em>Service Case Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Case Id</em>'.
	 * @see org.opsbench.cases.model.SlaEvent#getServiceCaseId()
	 * @see #getSlaEvent()
	 * @generated
	 */
	EAttribute getSlaEvent_ServiceCaseId();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaEvent#getEventKey <em>Event Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Key</em>'.
	 * @see org.opsbench.cases.model.SlaEvent#getEventKey()
	 * @see #getSlaEvent()
	 * @generated
	 */
	EAttribute getSlaEvent_EventKey();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.opsbench.cases.model.SlaEvent#getKind()
	 * @see #getSlaEvent()
	 * @generated
	 */
	EAttribute getSlaEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaEvent#getDueAt <em>Due At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due At</em>'.
	 * @see org.opsbench.cases.model.SlaEvent#getDueAt()
	 * @see #getSlaEvent()
	 * @generated
	 */
	EAttribute getSlaEvent_DueAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaEvent#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.opsbench.cases.model.SlaEvent#getRecordedAt()
	 * @see #getSlaEvent()
	 * @generated
	 */
	EAttribute getSlaEvent_RecordedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaEvent#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.opsbench.cases.model.SlaEvent#getRole()
	 * @see #getSlaEvent()
	 * @generated
	 */
	EAttribute getSlaEvent_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.SlaEvent#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see org.opsbench.cases.model.SlaEvent#getRecordedBy()
	 * @see #getSlaEvent()
	 * @generated
	 */
	EAttribute getSlaEvent_RecordedBy();

	/**
	 * Returns the meta object for class '{@link org.opsbench.cases.model.CaseSettings <em>Case Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case Settings</em>'.
	 * @see org.opsbench.cases.model.CaseSettings
	 * @generated
	 */
	EClass getCaseSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.CaseSettings#getNumberPattern <em>Number Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Pattern</em>'.
	 * @see org.opsbench.cases.model.CaseSettings#getNumberPattern()
	 * @see #getCaseSettings()
	 * @generated
	 */
	EAttribute getCaseSettings_NumberPattern();

	/**
	 * Returns the meta object for the attribute '{@link org.opsbench.cases.model.CaseSettings#getSatisfiedScore <em>Satisfied Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfied Score</em>'.
	 * @see org.opsbench.cases.model.CaseSettings#getSatisfiedScore()
	 * @see #getCaseSettings()
	 * @generated
	 */
	EAttribute getCaseSettings_SatisfiedScore();

	/**
	 * Returns the meta object for the reference '{@link org.opsbench.cases.model.CaseSettings#getDefaultPlan <em>Default Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Default Plan</em>'.
	 * @see org.opsbench.cases.model.CaseSettings#getDefaultPlan()
	 * @see #getCaseSettings()
	 * @generated
	 */
	EReference getCaseSettings_DefaultPlan();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.cases.model.CaseKind <em>Case Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Kind</em>'.
	 * @see org.opsbench.cases.model.CaseKind
	 * @generated
	 */
	EEnum getCaseKind();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.cases.model.DefectClass <em>Defect Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Defect Class</em>'.
	 * @see org.opsbench.cases.model.DefectClass
	 * @generated
	 */
	EEnum getDefectClass();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.cases.model.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.cases.model.ActivityKind <em>Activity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Kind</em>'.
	 * @see org.opsbench.cases.model.ActivityKind
	 * @generated
	 */
	EEnum getActivityKind();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.cases.model.EscalationMode <em>Escalation Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Escalation Mode</em>'.
	 * @see org.opsbench.cases.model.EscalationMode
	 * @generated
	 */
	EEnum getEscalationMode();

	/**
	 * Returns the meta object for enum '{@link org.opsbench.cases.model.SlaEventKind <em>Sla Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sla Event Kind</em>'.
	 * @see org.opsbench.cases.model.SlaEventKind
	 * @generated
	 */
	EEnum getSlaEventKind();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time (UTC), stored as a SQL timestamp.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Timestamp</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getTimestamp();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CasesFactory getCasesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.SavedSearchImpl <em>Saved Search</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.SavedSearchImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSavedSearch()
		 * @generated
		 */
		EClass SAVED_SEARCH = eINSTANCE.getSavedSearch();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__OWNER = eINSTANCE.getSavedSearch_Owner();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__NAME = eINSTANCE.getSavedSearch_Name();

		/**
		 * The meta object literal for the '<em><b>Shared</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__SHARED = eINSTANCE.getSavedSearch_Shared();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__TEXT = eINSTANCE.getSavedSearch_Text();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__VENDOR = eINSTANCE.getSavedSearch_Vendor();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__KIND = eINSTANCE.getSavedSearch_Kind();

		/**
		 * The meta object literal for the '<em><b>Kind Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__KIND_SET = eINSTANCE.getSavedSearch_KindSet();

		/**
		 * The meta object literal for the '<em><b>Opened From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__OPENED_FROM = eINSTANCE.getSavedSearch_OpenedFrom();

		/**
		 * The meta object literal for the '<em><b>Opened Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__OPENED_BEFORE = eINSTANCE.getSavedSearch_OpenedBefore();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAVED_SEARCH__CUSTOMER = eINSTANCE.getSavedSearch_Customer();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__STATUS = eINSTANCE.getSavedSearch_Status();

		/**
		 * The meta object literal for the '<em><b>Status Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__STATUS_SET = eINSTANCE.getSavedSearch_StatusSet();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__SEVERITY = eINSTANCE.getSavedSearch_Severity();

		/**
		 * The meta object literal for the '<em><b>Engineer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAVED_SEARCH__ENGINEER = eINSTANCE.getSavedSearch_Engineer();

		/**
		 * The meta object literal for the '<em><b>With Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__WITH_CLOSED = eINSTANCE.getSavedSearch_WithClosed();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl <em>Knowledge Article</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.KnowledgeArticleImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getKnowledgeArticle()
		 * @generated
		 */
		EClass KNOWLEDGE_ARTICLE = eINSTANCE.getKnowledgeArticle();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__NUMBER = eINSTANCE.getKnowledgeArticle_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__TITLE = eINSTANCE.getKnowledgeArticle_Title();

		/**
		 * The meta object literal for the '<em><b>Symptom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__SYMPTOM = eINSTANCE.getKnowledgeArticle_Symptom();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__CAUSE = eINSTANCE.getKnowledgeArticle_Cause();

		/**
		 * The meta object literal for the '<em><b>Solution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__SOLUTION = eINSTANCE.getKnowledgeArticle_Solution();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__VENDOR = eINSTANCE.getKnowledgeArticle_Vendor();

		/**
		 * The meta object literal for the '<em><b>Keywords</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__KEYWORDS = eINSTANCE.getKnowledgeArticle_Keywords();

		/**
		 * The meta object literal for the '<em><b>Source Case</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_ARTICLE__SOURCE_CASE = eINSTANCE.getKnowledgeArticle_SourceCase();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__AUTHOR = eINSTANCE.getKnowledgeArticle_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__CREATED_AT = eINSTANCE.getKnowledgeArticle_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Updated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__UPDATED_AT = eINSTANCE.getKnowledgeArticle_UpdatedAt();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_ARTICLE__RETIRED = eINSTANCE.getKnowledgeArticle_Retired();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.SeveritySchemeImpl <em>Severity Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.SeveritySchemeImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSeverityScheme()
		 * @generated
		 */
		EClass SEVERITY_SCHEME = eINSTANCE.getSeverityScheme();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_SCHEME__NAME = eINSTANCE.getSeverityScheme_Name();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEVERITY_SCHEME__LEVELS = eINSTANCE.getSeverityScheme_Levels();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.SeverityLevelImpl <em>Severity Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.SeverityLevelImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSeverityLevel()
		 * @generated
		 */
		EClass SEVERITY_LEVEL = eINSTANCE.getSeverityLevel();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_LEVEL__CODE = eINSTANCE.getSeverityLevel_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_LEVEL__NAME = eINSTANCE.getSeverityLevel_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_LEVEL__DESCRIPTION = eINSTANCE.getSeverityLevel_Description();

		/**
		 * The meta object literal for the '<em><b>Response Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_LEVEL__RESPONSE_MINUTES = eINSTANCE.getSeverityLevel_ResponseMinutes();

		/**
		 * The meta object literal for the '<em><b>Resolve Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_LEVEL__RESOLVE_MINUTES = eINSTANCE.getSeverityLevel_ResolveMinutes();

		/**
		 * The meta object literal for the '<em><b>Engineers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_LEVEL__ENGINEERS = eINSTANCE.getSeverityLevel_Engineers();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.EscalationPlanImpl <em>Escalation Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.EscalationPlanImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getEscalationPlan()
		 * @generated
		 */
		EClass ESCALATION_PLAN = eINSTANCE.getEscalationPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_PLAN__NAME = eINSTANCE.getEscalationPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESCALATION_PLAN__SCHEME = eINSTANCE.getEscalationPlan_Scheme();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_PLAN__MODE = eINSTANCE.getEscalationPlan_Mode();

		/**
		 * The meta object literal for the '<em><b>Warning Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_PLAN__WARNING_PERCENT = eINSTANCE.getEscalationPlan_WarningPercent();

		/**
		 * The meta object literal for the '<em><b>Reminder Minutes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_PLAN__REMINDER_MINUTES = eINSTANCE.getEscalationPlan_ReminderMinutes();

		/**
		 * The meta object literal for the '<em><b>Reassign Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_PLAN__REASSIGN_MINUTES = eINSTANCE.getEscalationPlan_ReassignMinutes();

		/**
		 * The meta object literal for the '<em><b>Pausing Statuses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_PLAN__PAUSING_STATUSES = eINSTANCE.getEscalationPlan_PausingStatuses();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESCALATION_PLAN__STEPS = eINSTANCE.getEscalationPlan_Steps();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.EscalationStepImpl <em>Escalation Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.EscalationStepImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getEscalationStep()
		 * @generated
		 */
		EClass ESCALATION_STEP = eINSTANCE.getEscalationStep();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_STEP__SEVERITY = eINSTANCE.getEscalationStep_Severity();

		/**
		 * The meta object literal for the '<em><b>After Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_STEP__AFTER_MINUTES = eINSTANCE.getEscalationStep_AfterMinutes();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION_STEP__ROLE = eINSTANCE.getEscalationStep_Role();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.ServiceCaseImpl <em>Service Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.ServiceCaseImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getServiceCase()
		 * @generated
		 */
		EClass SERVICE_CASE = eINSTANCE.getServiceCase();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__NUMBER = eINSTANCE.getServiceCase_Number();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CHANNEL = eINSTANCE.getServiceCase_Channel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__KIND = eINSTANCE.getServiceCase_Kind();

		/**
		 * The meta object literal for the '<em><b>Case Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CASE_TYPE = eINSTANCE.getServiceCase_CaseType();

		/**
		 * The meta object literal for the '<em><b>Defect Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__DEFECT_CLASS = eINSTANCE.getServiceCase_DefectClass();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__STATUS = eINSTANCE.getServiceCase_Status();

		/**
		 * The meta object literal for the '<em><b>Status Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__STATUS_SINCE = eINSTANCE.getServiceCase_StatusSince();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__SEVERITY = eINSTANCE.getServiceCase_Severity();

		/**
		 * The meta object literal for the '<em><b>Opened At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__OPENED_AT = eINSTANCE.getServiceCase_OpenedAt();

		/**
		 * The meta object literal for the '<em><b>Opened By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__OPENED_BY = eINSTANCE.getServiceCase_OpenedBy();

		/**
		 * The meta object literal for the '<em><b>Caller Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CALLER_NAME = eINSTANCE.getServiceCase_CallerName();

		/**
		 * The meta object literal for the '<em><b>Caller Company</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CALLER_COMPANY = eINSTANCE.getServiceCase_CallerCompany();

		/**
		 * The meta object literal for the '<em><b>Caller Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CALLER_PHONE = eINSTANCE.getServiceCase_CallerPhone();

		/**
		 * The meta object literal for the '<em><b>Caller Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CALLER_EMAIL = eINSTANCE.getServiceCase_CallerEmail();

		/**
		 * The meta object literal for the '<em><b>Contract Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CONTRACT_NUMBER = eINSTANCE.getServiceCase_ContractNumber();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__TITLE = eINSTANCE.getServiceCase_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__DESCRIPTION = eINSTANCE.getServiceCase_Description();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__VENDOR = eINSTANCE.getServiceCase_Vendor();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__CUSTOMER = eINSTANCE.getServiceCase_Customer();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__SITE = eINSTANCE.getServiceCase_Site();

		/**
		 * The meta object literal for the '<em><b>Contract</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__CONTRACT = eINSTANCE.getServiceCase_Contract();

		/**
		 * The meta object literal for the '<em><b>Equipment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__EQUIPMENT = eINSTANCE.getServiceCase_Equipment();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__OFFICE = eINSTANCE.getServiceCase_Office();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__CALENDAR = eINSTANCE.getServiceCase_Calendar();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__PLAN = eINSTANCE.getServiceCase_Plan();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__ASSIGNEE = eINSTANCE.getServiceCase_Assignee();

		/**
		 * The meta object literal for the '<em><b>Assigned At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__ASSIGNED_AT = eINSTANCE.getServiceCase_AssignedAt();

		/**
		 * The meta object literal for the '<em><b>Responded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__RESPONDED_AT = eINSTANCE.getServiceCase_RespondedAt();

		/**
		 * The meta object literal for the '<em><b>Diagnosed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__DIAGNOSED_AT = eINSTANCE.getServiceCase_DiagnosedAt();

		/**
		 * The meta object literal for the '<em><b>Resolved At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__RESOLVED_AT = eINSTANCE.getServiceCase_ResolvedAt();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__CLOSED_AT = eINSTANCE.getServiceCase_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>Satisfaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__SATISFACTION = eINSTANCE.getServiceCase_Satisfaction();

		/**
		 * The meta object literal for the '<em><b>Satisfaction Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__SATISFACTION_COMMENT = eINSTANCE.getServiceCase_SatisfactionComment();

		/**
		 * The meta object literal for the '<em><b>Fault Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__FAULT_CAUSE = eINSTANCE.getServiceCase_FaultCause();

		/**
		 * The meta object literal for the '<em><b>Resolution Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__RESOLUTION_METHOD = eINSTANCE.getServiceCase_ResolutionMethod();

		/**
		 * The meta object literal for the '<em><b>Losses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__LOSSES = eINSTANCE.getServiceCase_Losses();

		/**
		 * The meta object literal for the '<em><b>Complaint Open</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__COMPLAINT_OPEN = eINSTANCE.getServiceCase_ComplaintOpen();

		/**
		 * The meta object literal for the '<em><b>Pauses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__PAUSES = eINSTANCE.getServiceCase_Pauses();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CASE__ACTIVITIES = eINSTANCE.getServiceCase_Activities();

		/**
		 * The meta object literal for the '<em><b>Log Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__LOG_LENGTH = eINSTANCE.getServiceCase_LogLength();

		/**
		 * The meta object literal for the '<em><b>Log Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CASE__LOG_HEAD = eINSTANCE.getServiceCase_LogHead();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.SlaPauseImpl <em>Sla Pause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.SlaPauseImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSlaPause()
		 * @generated
		 */
		EClass SLA_PAUSE = eINSTANCE.getSlaPause();

		/**
		 * The meta object literal for the '<em><b>Paused At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_PAUSE__PAUSED_AT = eINSTANCE.getSlaPause_PausedAt();

		/**
		 * The meta object literal for the '<em><b>Resumed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_PAUSE__RESUMED_AT = eINSTANCE.getSlaPause_ResumedAt();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_PAUSE__STATUS = eINSTANCE.getSlaPause_Status();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.ActivityImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Ordinal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__ORDINAL = eINSTANCE.getActivity_Ordinal();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__KIND = eINSTANCE.getActivity_Kind();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__AT = eINSTANCE.getActivity_At();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__AUTHOR = eINSTANCE.getActivity_Author();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__TEXT = eINSTANCE.getActivity_Text();

		/**
		 * The meta object literal for the '<em><b>Customer Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__CUSTOMER_NOTE = eINSTANCE.getActivity_CustomerNote();

		/**
		 * The meta object literal for the '<em><b>Previous Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__PREVIOUS_HASH = eINSTANCE.getActivity_PreviousHash();

		/**
		 * The meta object literal for the '<em><b>Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__HASH = eINSTANCE.getActivity_Hash();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.SlaEventImpl <em>Sla Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.SlaEventImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSlaEvent()
		 * @generated
		 */
		EClass SLA_EVENT = eINSTANCE.getSlaEvent();

		/**
		 * The meta object literal for the '<em><b>Service Case Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_EVENT__SERVICE_CASE_ID = eINSTANCE.getSlaEvent_ServiceCaseId();

		/**
		 * The meta object literal for the '<em><b>Event Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_EVENT__EVENT_KEY = eINSTANCE.getSlaEvent_EventKey();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_EVENT__KIND = eINSTANCE.getSlaEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Due At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_EVENT__DUE_AT = eINSTANCE.getSlaEvent_DueAt();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_EVENT__RECORDED_AT = eINSTANCE.getSlaEvent_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_EVENT__ROLE = eINSTANCE.getSlaEvent_Role();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLA_EVENT__RECORDED_BY = eINSTANCE.getSlaEvent_RecordedBy();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.impl.CaseSettingsImpl <em>Case Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.impl.CaseSettingsImpl
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getCaseSettings()
		 * @generated
		 */
		EClass CASE_SETTINGS = eINSTANCE.getCaseSettings();

		/**
		 * The meta object literal for the '<em><b>Number Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_SETTINGS__NUMBER_PATTERN = eINSTANCE.getCaseSettings_NumberPattern();

		/**
		 * The meta object literal for the '<em><b>Satisfied Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_SETTINGS__SATISFIED_SCORE = eINSTANCE.getCaseSettings_SatisfiedScore();

		/**
		 * The meta object literal for the '<em><b>Default Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_SETTINGS__DEFAULT_PLAN = eINSTANCE.getCaseSettings_DefaultPlan();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.CaseKind <em>Case Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.CaseKind
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getCaseKind()
		 * @generated
		 */
		EEnum CASE_KIND = eINSTANCE.getCaseKind();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.DefectClass <em>Defect Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.DefectClass
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getDefectClass()
		 * @generated
		 */
		EEnum DEFECT_CLASS = eINSTANCE.getDefectClass();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.CaseStatus
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.ActivityKind <em>Activity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.ActivityKind
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getActivityKind()
		 * @generated
		 */
		EEnum ACTIVITY_KIND = eINSTANCE.getActivityKind();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.EscalationMode <em>Escalation Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.EscalationMode
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getEscalationMode()
		 * @generated
		 */
		EEnum ESCALATION_MODE = eINSTANCE.getEscalationMode();

		/**
		 * The meta object literal for the '{@link org.opsbench.cases.model.SlaEventKind <em>Sla Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.opsbench.cases.model.SlaEventKind
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getSlaEventKind()
		 * @generated
		 */
		EEnum SLA_EVENT_KIND = eINSTANCE.getSlaEventKind();

		/**
		 * The meta object literal for the '<em>Timestamp</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.opsbench.cases.model.impl.CasesPackageImpl#getTimestamp()
		 * @generated
		 */
		EDataType TIMESTAMP = eINSTANCE.getTimestamp();

	}

} //CasesPackage
