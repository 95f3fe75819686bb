/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.opsbench.cases.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CasesFactoryImpl extends EFactoryImpl implements CasesFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CasesFactory init() {
		try {
			CasesFactory theCasesFactory = (CasesFactory)EPackage.Registry.INSTANCE.getEFactory(CasesPackage.eNS_URI);
			if (theCasesFactory != null) {
				return theCasesFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CasesFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CasesFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CasesPackage.SAVED_SEARCH: return createSavedSearch();
			case CasesPackage.KNOWLEDGE_ARTICLE: return createKnowledgeArticle();
			case CasesPackage.SEVERITY_SCHEME: return createSeverityScheme();
			case CasesPackage.SEVERITY_LEVEL: return createSeverityLevel();
			case CasesPackage.ESCALATION_PLAN: return createEscalationPlan();
			case CasesPackage.ESCALATION_STEP: return createEscalationStep();
			case CasesPackage.SERVICE_CASE: return createServiceCase();
			case CasesPackage.SLA_PAUSE: return createSlaPause();
			case CasesPackage.ACTIVITY: return createActivity();
			case CasesPackage.SLA_EVENT: return createSlaEvent();
			case CasesPackage.CASE_SETTINGS: return createCaseSettings();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CasesPackage.CASE_KIND:
				return createCaseKindFromString(eDataType, initialValue);
			case CasesPackage.DEFECT_CLASS:
				return createDefectClassFromString(eDataType, initialValue);
			case CasesPackage.CASE_STATUS:
				return createCaseStatusFromString(eDataType, initialValue);
			case CasesPackage.ACTIVITY_KIND:
				return createActivityKindFromString(eDataType, initialValue);
			case CasesPackage.ESCALATION_MODE:
				return createEscalationModeFromString(eDataType, initialValue);
			case CasesPackage.SLA_EVENT_KIND:
				return createSlaEventKindFromString(eDataType, initialValue);
			case CasesPackage.TIMESTAMP:
				return createTimestampFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CasesPackage.CASE_KIND:
				return convertCaseKindToString(eDataType, instanceValue);
			case CasesPackage.DEFECT_CLASS:
				return convertDefectClassToString(eDataType, instanceValue);
			case CasesPackage.CASE_STATUS:
				return convertCaseStatusToString(eDataType, instanceValue);
			case CasesPackage.ACTIVITY_KIND:
				return convertActivityKindToString(eDataType, instanceValue);
			case CasesPackage.ESCALATION_MODE:
				return convertEscalationModeToString(eDataType, instanceValue);
			case CasesPackage.SLA_EVENT_KIND:
				return convertSlaEventKindToString(eDataType, instanceValue);
			case CasesPackage.TIMESTAMP:
				return convertTimestampToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SavedSearch createSavedSearch() {
		SavedSearchImpl savedSearch = new SavedSearchImpl();
		return savedSearch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnowledgeArticle createKnowledgeArticle() {
		KnowledgeArticleImpl knowledgeArticle = new KnowledgeArticleImpl();
		return knowledgeArticle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityScheme createSeverityScheme() {
		SeveritySchemeImpl severityScheme = new SeveritySchemeImpl();
		return severityScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityLevel createSeverityLevel() {
		SeverityLevelImpl severityLevel = new SeverityLevelImpl();
		return severityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationPlan createEscalationPlan() {
		EscalationPlanImpl escalationPlan = new EscalationPlanImpl();
		return escalationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationStep createEscalationStep() {
		EscalationStepImpl escalationStep = new EscalationStepImpl();
		return escalationStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCase createServiceCase() {
		ServiceCaseImpl serviceCase = new ServiceCaseImpl();
		return serviceCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlaPause createSlaPause() {
		SlaPauseImpl slaPause = new SlaPauseImpl();
		return slaPause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity createActivity() {
		ActivityImpl activity = new ActivityImpl();
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlaEvent createSlaEvent() {
		SlaEventImpl slaEvent = new SlaEventImpl();
		return slaEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseSettings createCaseSettings() {
		CaseSettingsImpl caseSettings = new CaseSettingsImpl();
		return caseSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseKind createCaseKindFromString(EDataType eDataType, String initialValue) {
		CaseKind result = CaseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DefectClass createDefectClassFromString(EDataType eDataType, String initialValue) {
		DefectClass result = DefectClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDefectClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStatus createCaseStatusFromString(EDataType eDataType, String initialValue) {
		CaseStatus result = CaseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityKind createActivityKindFromString(EDataType eDataType, String initialValue) {
		ActivityKind result = ActivityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EscalationMode createEscalationModeFromString(EDataType eDataType, String initialValue) {
		EscalationMode result = EscalationMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEscalationModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SlaEventKind createSlaEventKindFromString(EDataType eDataType, String initialValue) {
		SlaEventKind result = SlaEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSlaEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * ISO-8601 instant, e.g. 2026-11-22T08:30:00Z.
	 * @generated NOT
	 */
	public Instant createTimestampFromString(EDataType eDataType, String initialValue) {
		return initialValue == null || initialValue.isBlank() ? null : Instant.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertTimestampToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CasesPackage getCasesPackage() {
		return (CasesPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CasesPackage getPackage() {
		return CasesPackage.eINSTANCE;
	}

} //CasesFactoryImpl
