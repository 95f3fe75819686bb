/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseSettings;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.EscalationMode;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.EscalationStep;
import org.opsbench.cases.model.KnowledgeArticle;
import org.opsbench.cases.model.SavedSearch;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SeverityLevel;
import org.opsbench.cases.model.SeverityScheme;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.cases.model.SlaEventKind;
import org.opsbench.cases.model.SlaPause;

import org.opsbench.model.OpsPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CasesPackageImpl extends EPackageImpl implements CasesPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass savedSearchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knowledgeArticleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass severitySchemeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass severityLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass escalationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass escalationStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass slaPauseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass slaEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum defectClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum escalationModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum slaEventKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType timestampEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.opsbench.cases.model.CasesPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CasesPackageImpl() {
		super(eNS_URI, CasesFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CasesPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CasesPackage init() {
		if (isInited) return (CasesPackage)EPackage.Registry.INSTANCE.getEPackage(CasesPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCasesPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CasesPackageImpl theCasesPackage = registeredCasesPackage instanceof CasesPackageImpl ? (CasesPackageImpl)registeredCasesPackage : new CasesPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		OpsPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCasesPackage.createPackageContents();

		// Initialize created meta-data
		theCasesPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCasesPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CasesPackage.eNS_URI, theCasesPackage);
		return theCasesPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSavedSearch() {
		return savedSearchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Owner() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Name() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Shared() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Text() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Vendor() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Kind() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_KindSet() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_OpenedFrom() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_OpenedBefore() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSavedSearch_Customer() {
		return (EReference)savedSearchEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Status() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_StatusSet() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_Severity() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSavedSearch_Engineer() {
		return (EReference)savedSearchEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSavedSearch_WithClosed() {
		return (EAttribute)savedSearchEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnowledgeArticle() {
		return knowledgeArticleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Number() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Title() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Symptom() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Cause() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Solution() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Vendor() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Keywords() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKnowledgeArticle_SourceCase() {
		return (EReference)knowledgeArticleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Author() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_CreatedAt() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_UpdatedAt() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnowledgeArticle_Retired() {
		return (EAttribute)knowledgeArticleEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeverityScheme() {
		return severitySchemeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityScheme_Name() {
		return (EAttribute)severitySchemeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSeverityScheme_Levels() {
		return (EReference)severitySchemeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeverityLevel() {
		return severityLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityLevel_Code() {
		return (EAttribute)severityLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityLevel_Name() {
		return (EAttribute)severityLevelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityLevel_Description() {
		return (EAttribute)severityLevelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityLevel_ResponseMinutes() {
		return (EAttribute)severityLevelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityLevel_ResolveMinutes() {
		return (EAttribute)severityLevelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeverityLevel_Engineers() {
		return (EAttribute)severityLevelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEscalationPlan() {
		return escalationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationPlan_Name() {
		return (EAttribute)escalationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEscalationPlan_Scheme() {
		return (EReference)escalationPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationPlan_Mode() {
		return (EAttribute)escalationPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationPlan_WarningPercent() {
		return (EAttribute)escalationPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationPlan_ReminderMinutes() {
		return (EAttribute)escalationPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationPlan_ReassignMinutes() {
		return (EAttribute)escalationPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationPlan_PausingStatuses() {
		return (EAttribute)escalationPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEscalationPlan_Steps() {
		return (EReference)escalationPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEscalationStep() {
		return escalationStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationStep_Severity() {
		return (EAttribute)escalationStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationStep_AfterMinutes() {
		return (EAttribute)escalationStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalationStep_Role() {
		return (EAttribute)escalationStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCase() {
		return serviceCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Number() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Channel() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Kind() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_CaseType() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_DefectClass() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Status() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_StatusSince() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Severity() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_OpenedAt() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_OpenedBy() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_CallerName() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_CallerCompany() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_CallerPhone() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_CallerEmail() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_ContractNumber() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Title() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Description() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Vendor() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Customer() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Site() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Contract() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Equipment() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Office() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Calendar() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Plan() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Assignee() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_AssignedAt() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_RespondedAt() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_DiagnosedAt() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_ResolvedAt() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_ClosedAt() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Satisfaction() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_SatisfactionComment() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_FaultCause() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_ResolutionMethod() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_Losses() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_ComplaintOpen() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Pauses() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(37);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCase_Activities() {
		return (EReference)serviceCaseEClass.getEStructuralFeatures().get(38);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_LogLength() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(39);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCase_LogHead() {
		return (EAttribute)serviceCaseEClass.getEStructuralFeatures().get(40);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSlaPause() {
		return slaPauseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPause_PausedAt() {
		return (EAttribute)slaPauseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPause_ResumedAt() {
		return (EAttribute)slaPauseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaPause_Status() {
		return (EAttribute)slaPauseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Ordinal() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Kind() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_At() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Author() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Text() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_CustomerNote() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_PreviousHash() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Hash() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSlaEvent() {
		return slaEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaEvent_ServiceCaseId() {
		return (EAttribute)slaEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaEvent_EventKey() {
		return (EAttribute)slaEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaEvent_Kind() {
		return (EAttribute)slaEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaEvent_DueAt() {
		return (EAttribute)slaEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaEvent_RecordedAt() {
		return (EAttribute)slaEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaEvent_Role() {
		return (EAttribute)slaEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlaEvent_RecordedBy() {
		return (EAttribute)slaEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseSettings() {
		return caseSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseSettings_NumberPattern() {
		return (EAttribute)caseSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseSettings_SatisfiedScore() {
		return (EAttribute)caseSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseSettings_DefaultPlan() {
		return (EReference)caseSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseKind() {
		return caseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDefectClass() {
		return defectClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseStatus() {
		return caseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityKind() {
		return activityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEscalationMode() {
		return escalationModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSlaEventKind() {
		return slaEventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getTimestamp() {
		return timestampEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CasesFactory getCasesFactory() {
		return (CasesFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		savedSearchEClass = createEClass(SAVED_SEARCH);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__OWNER);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__NAME);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__SHARED);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__TEXT);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__VENDOR);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__KIND);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__KIND_SET);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__OPENED_FROM);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__OPENED_BEFORE);
		createEReference(savedSearchEClass, SAVED_SEARCH__CUSTOMER);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__STATUS);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__STATUS_SET);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__SEVERITY);
		createEReference(savedSearchEClass, SAVED_SEARCH__ENGINEER);
		createEAttribute(savedSearchEClass, SAVED_SEARCH__WITH_CLOSED);

		knowledgeArticleEClass = createEClass(KNOWLEDGE_ARTICLE);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__NUMBER);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__TITLE);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__SYMPTOM);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__CAUSE);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__SOLUTION);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__VENDOR);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__KEYWORDS);
		createEReference(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__SOURCE_CASE);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__AUTHOR);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__CREATED_AT);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__UPDATED_AT);
		createEAttribute(knowledgeArticleEClass, KNOWLEDGE_ARTICLE__RETIRED);

		severitySchemeEClass = createEClass(SEVERITY_SCHEME);
		createEAttribute(severitySchemeEClass, SEVERITY_SCHEME__NAME);
		createEReference(severitySchemeEClass, SEVERITY_SCHEME__LEVELS);

		severityLevelEClass = createEClass(SEVERITY_LEVEL);
		createEAttribute(severityLevelEClass, SEVERITY_LEVEL__CODE);
		createEAttribute(severityLevelEClass, SEVERITY_LEVEL__NAME);
		createEAttribute(severityLevelEClass, SEVERITY_LEVEL__DESCRIPTION);
		createEAttribute(severityLevelEClass, SEVERITY_LEVEL__RESPONSE_MINUTES);
		createEAttribute(severityLevelEClass, SEVERITY_LEVEL__RESOLVE_MINUTES);
		createEAttribute(severityLevelEClass, SEVERITY_LEVEL__ENGINEERS);

		escalationPlanEClass = createEClass(ESCALATION_PLAN);
		createEAttribute(escalationPlanEClass, ESCALATION_PLAN__NAME);
		createEReference(escalationPlanEClass, ESCALATION_PLAN__SCHEME);
		createEAttribute(escalationPlanEClass, ESCALATION_PLAN__MODE);
		createEAttribute(escalationPlanEClass, ESCALATION_PLAN__WARNING_PERCENT);
		createEAttribute(escalationPlanEClass, ESCALATION_PLAN__REMINDER_MINUTES);
		createEAttribute(escalationPlanEClass, ESCALATION_PLAN__REASSIGN_MINUTES);
		createEAttribute(escalationPlanEClass, ESCALATION_PLAN__PAUSING_STATUSES);
		createEReference(escalationPlanEClass, ESCALATION_PLAN__STEPS);

		escalationStepEClass = createEClass(ESCALATION_STEP);
		createEAttribute(escalationStepEClass, ESCALATION_STEP__SEVERITY);
		createEAttribute(escalationStepEClass, ESCALATION_STEP__AFTER_MINUTES);
		createEAttribute(escalationStepEClass, ESCALATION_STEP__ROLE);

		serviceCaseEClass = createEClass(SERVICE_CASE);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__NUMBER);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CHANNEL);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__KIND);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CASE_TYPE);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__DEFECT_CLASS);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__STATUS);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__STATUS_SINCE);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__SEVERITY);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__OPENED_AT);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__OPENED_BY);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CALLER_NAME);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CALLER_COMPANY);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CALLER_PHONE);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CALLER_EMAIL);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CONTRACT_NUMBER);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__TITLE);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__DESCRIPTION);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__VENDOR);
		createEReference(serviceCaseEClass, SERVICE_CASE__CUSTOMER);
		createEReference(serviceCaseEClass, SERVICE_CASE__SITE);
		createEReference(serviceCaseEClass, SERVICE_CASE__CONTRACT);
		createEReference(serviceCaseEClass, SERVICE_CASE__EQUIPMENT);
		createEReference(serviceCaseEClass, SERVICE_CASE__OFFICE);
		createEReference(serviceCaseEClass, SERVICE_CASE__CALENDAR);
		createEReference(serviceCaseEClass, SERVICE_CASE__PLAN);
		createEReference(serviceCaseEClass, SERVICE_CASE__ASSIGNEE);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__ASSIGNED_AT);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__RESPONDED_AT);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__DIAGNOSED_AT);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__RESOLVED_AT);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__CLOSED_AT);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__SATISFACTION);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__SATISFACTION_COMMENT);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__FAULT_CAUSE);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__RESOLUTION_METHOD);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__LOSSES);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__COMPLAINT_OPEN);
		createEReference(serviceCaseEClass, SERVICE_CASE__PAUSES);
		createEReference(serviceCaseEClass, SERVICE_CASE__ACTIVITIES);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__LOG_LENGTH);
		createEAttribute(serviceCaseEClass, SERVICE_CASE__LOG_HEAD);

		slaPauseEClass = createEClass(SLA_PAUSE);
		createEAttribute(slaPauseEClass, SLA_PAUSE__PAUSED_AT);
		createEAttribute(slaPauseEClass, SLA_PAUSE__RESUMED_AT);
		createEAttribute(slaPauseEClass, SLA_PAUSE__STATUS);

		activityEClass = createEClass(ACTIVITY);
		createEAttribute(activityEClass, ACTIVITY__ORDINAL);
		createEAttribute(activityEClass, ACTIVITY__KIND);
		createEAttribute(activityEClass, ACTIVITY__AT);
		createEAttribute(activityEClass, ACTIVITY__AUTHOR);
		createEAttribute(activityEClass, ACTIVITY__TEXT);
		createEAttribute(activityEClass, ACTIVITY__CUSTOMER_NOTE);
		createEAttribute(activityEClass, ACTIVITY__PREVIOUS_HASH);
		createEAttribute(activityEClass, ACTIVITY__HASH);

		slaEventEClass = createEClass(SLA_EVENT);
		createEAttribute(slaEventEClass, SLA_EVENT__SERVICE_CASE_ID);
		createEAttribute(slaEventEClass, SLA_EVENT__EVENT_KEY);
		createEAttribute(slaEventEClass, SLA_EVENT__KIND);
		createEAttribute(slaEventEClass, SLA_EVENT__DUE_AT);
		createEAttribute(slaEventEClass, SLA_EVENT__RECORDED_AT);
		createEAttribute(slaEventEClass, SLA_EVENT__ROLE);
		createEAttribute(slaEventEClass, SLA_EVENT__RECORDED_BY);

		caseSettingsEClass = createEClass(CASE_SETTINGS);
		createEAttribute(caseSettingsEClass, CASE_SETTINGS__NUMBER_PATTERN);
		createEAttribute(caseSettingsEClass, CASE_SETTINGS__SATISFIED_SCORE);
		createEReference(caseSettingsEClass, CASE_SETTINGS__DEFAULT_PLAN);

		// Create enums
		caseKindEEnum = createEEnum(CASE_KIND);
		defectClassEEnum = createEEnum(DEFECT_CLASS);
		caseStatusEEnum = createEEnum(CASE_STATUS);
		activityKindEEnum = createEEnum(ACTIVITY_KIND);
		escalationModeEEnum = createEEnum(ESCALATION_MODE);
		slaEventKindEEnum = createEEnum(SLA_EVENT_KIND);

		// Create data types
		timestampEDataType = createEDataType(TIMESTAMP);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		OpsPackage theOpsPackage = (OpsPackage)EPackage.Registry.INSTANCE.getEPackage(OpsPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(savedSearchEClass, SavedSearch.class, "SavedSearch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSavedSearch_Owner(), ecorePackage.getEString(), "owner", null, 1, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_Name(), ecorePackage.getEString(), "name", null, 1, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_Shared(), ecorePackage.getEBoolean(), "shared", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_Text(), ecorePackage.getEString(), "text", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_Kind(), this.getCaseKind(), "kind", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_KindSet(), ecorePackage.getEBoolean(), "kindSet", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_OpenedFrom(), this.getTimestamp(), "openedFrom", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_OpenedBefore(), this.getTimestamp(), "openedBefore", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSavedSearch_Customer(), theOpsPackage.getCustomer(), null, "customer", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_Status(), this.getCaseStatus(), "status", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_StatusSet(), ecorePackage.getEBoolean(), "statusSet", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_Severity(), ecorePackage.getEString(), "severity", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSavedSearch_Engineer(), theOpsPackage.getEngineer(), null, "engineer", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSavedSearch_WithClosed(), ecorePackage.getEBoolean(), "withClosed", null, 0, 1, SavedSearch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(knowledgeArticleEClass, KnowledgeArticle.class, "KnowledgeArticle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKnowledgeArticle_Number(), ecorePackage.getEString(), "number", null, 1, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Title(), ecorePackage.getEString(), "title", null, 1, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Symptom(), ecorePackage.getEString(), "symptom", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Cause(), ecorePackage.getEString(), "cause", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Solution(), ecorePackage.getEString(), "solution", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Keywords(), ecorePackage.getEString(), "keywords", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKnowledgeArticle_SourceCase(), this.getServiceCase(), null, "sourceCase", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Author(), ecorePackage.getEString(), "author", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_CreatedAt(), this.getTimestamp(), "createdAt", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_UpdatedAt(), this.getTimestamp(), "updatedAt", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnowledgeArticle_Retired(), ecorePackage.getEBoolean(), "retired", null, 0, 1, KnowledgeArticle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(severitySchemeEClass, SeverityScheme.class, "SeverityScheme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeverityScheme_Name(), ecorePackage.getEString(), "name", null, 1, 1, SeverityScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSeverityScheme_Levels(), this.getSeverityLevel(), null, "levels", null, 0, -1, SeverityScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(severityLevelEClass, SeverityLevel.class, "SeverityLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSeverityLevel_Code(), ecorePackage.getEString(), "code", null, 1, 1, SeverityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityLevel_Name(), ecorePackage.getEString(), "name", null, 0, 1, SeverityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityLevel_Description(), ecorePackage.getEString(), "description", null, 0, 1, SeverityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityLevel_ResponseMinutes(), ecorePackage.getEInt(), "responseMinutes", null, 0, 1, SeverityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityLevel_ResolveMinutes(), ecorePackage.getEInt(), "resolveMinutes", null, 0, 1, SeverityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeverityLevel_Engineers(), ecorePackage.getEInt(), "engineers", "1", 0, 1, SeverityLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(escalationPlanEClass, EscalationPlan.class, "EscalationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEscalationPlan_Name(), ecorePackage.getEString(), "name", null, 1, 1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEscalationPlan_Scheme(), this.getSeverityScheme(), null, "scheme", null, 0, 1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalationPlan_Mode(), this.getEscalationMode(), "mode", null, 0, 1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalationPlan_WarningPercent(), ecorePackage.getEInt(), "warningPercent", "80", 0, 1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalationPlan_ReminderMinutes(), ecorePackage.getEInt(), "reminderMinutes", null, 0, -1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalationPlan_ReassignMinutes(), ecorePackage.getEInt(), "reassignMinutes", "45", 0, 1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalationPlan_PausingStatuses(), this.getCaseStatus(), "pausingStatuses", null, 0, -1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEscalationPlan_Steps(), this.getEscalationStep(), null, "steps", null, 0, -1, EscalationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(escalationStepEClass, EscalationStep.class, "EscalationStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEscalationStep_Severity(), ecorePackage.getEString(), "severity", null, 1, 1, EscalationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalationStep_AfterMinutes(), ecorePackage.getEInt(), "afterMinutes", null, 1, 1, EscalationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalationStep_Role(), ecorePackage.getEString(), "role", null, 1, 1, EscalationStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceCaseEClass, ServiceCase.class, "ServiceCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceCase_Number(), ecorePackage.getEString(), "number", null, 1, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Channel(), ecorePackage.getEString(), "channel", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Kind(), this.getCaseKind(), "kind", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_CaseType(), ecorePackage.getEString(), "caseType", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_DefectClass(), this.getDefectClass(), "defectClass", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Status(), this.getCaseStatus(), "status", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_StatusSince(), this.getTimestamp(), "statusSince", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Severity(), ecorePackage.getEString(), "severity", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_OpenedAt(), this.getTimestamp(), "openedAt", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_OpenedBy(), ecorePackage.getEString(), "openedBy", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_CallerName(), ecorePackage.getEString(), "callerName", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_CallerCompany(), ecorePackage.getEString(), "callerCompany", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_CallerPhone(), ecorePackage.getEString(), "callerPhone", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_CallerEmail(), ecorePackage.getEString(), "callerEmail", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_ContractNumber(), ecorePackage.getEString(), "contractNumber", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Title(), ecorePackage.getEString(), "title", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Description(), ecorePackage.getEString(), "description", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Customer(), theOpsPackage.getCustomer(), null, "customer", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Site(), theOpsPackage.getSite(), null, "site", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Contract(), theOpsPackage.getServiceContract(), null, "contract", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Equipment(), theOpsPackage.getEquipment(), null, "equipment", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Office(), theOpsPackage.getOffice(), null, "office", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Calendar(), theOpsPackage.getBusinessCalendar(), null, "calendar", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Plan(), this.getEscalationPlan(), null, "plan", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Assignee(), theOpsPackage.getEngineer(), null, "assignee", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_AssignedAt(), this.getTimestamp(), "assignedAt", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_RespondedAt(), this.getTimestamp(), "respondedAt", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_DiagnosedAt(), this.getTimestamp(), "diagnosedAt", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_ResolvedAt(), this.getTimestamp(), "resolvedAt", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_ClosedAt(), this.getTimestamp(), "closedAt", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Satisfaction(), ecorePackage.getEIntegerObject(), "satisfaction", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_SatisfactionComment(), ecorePackage.getEString(), "satisfactionComment", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_FaultCause(), ecorePackage.getEString(), "faultCause", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_ResolutionMethod(), ecorePackage.getEString(), "resolutionMethod", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_Losses(), ecorePackage.getEString(), "losses", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_ComplaintOpen(), ecorePackage.getEBoolean(), "complaintOpen", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Pauses(), this.getSlaPause(), null, "pauses", null, 0, -1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCase_Activities(), this.getActivity(), null, "activities", null, 0, -1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_LogLength(), ecorePackage.getEInt(), "logLength", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCase_LogHead(), ecorePackage.getEString(), "logHead", null, 0, 1, ServiceCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(slaPauseEClass, SlaPause.class, "SlaPause", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSlaPause_PausedAt(), this.getTimestamp(), "pausedAt", null, 1, 1, SlaPause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPause_ResumedAt(), this.getTimestamp(), "resumedAt", null, 0, 1, SlaPause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaPause_Status(), this.getCaseStatus(), "status", null, 0, 1, SlaPause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivity_Ordinal(), ecorePackage.getEInt(), "ordinal", null, 1, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Kind(), this.getActivityKind(), "kind", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_At(), this.getTimestamp(), "at", null, 1, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Author(), ecorePackage.getEString(), "author", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Text(), ecorePackage.getEString(), "text", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_CustomerNote(), ecorePackage.getEBoolean(), "customerNote", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_PreviousHash(), ecorePackage.getEString(), "previousHash", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Hash(), ecorePackage.getEString(), "hash", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(slaEventEClass, SlaEvent.class, "SlaEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSlaEvent_ServiceCaseId(), ecorePackage.getELong(), "serviceCaseId", null, 1, 1, SlaEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaEvent_EventKey(), ecorePackage.getEString(), "eventKey", null, 1, 1, SlaEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaEvent_Kind(), this.getSlaEventKind(), "kind", null, 0, 1, SlaEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaEvent_DueAt(), this.getTimestamp(), "dueAt", null, 0, 1, SlaEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaEvent_RecordedAt(), this.getTimestamp(), "recordedAt", null, 0, 1, SlaEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaEvent_Role(), ecorePackage.getEString(), "role", null, 0, 1, SlaEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlaEvent_RecordedBy(), ecorePackage.getEString(), "recordedBy", null, 0, 1, SlaEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseSettingsEClass, CaseSettings.class, "CaseSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseSettings_NumberPattern(), ecorePackage.getEString(), "numberPattern", "C-{yyyyMMdd}-{seq:4}", 0, 1, CaseSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseSettings_SatisfiedScore(), ecorePackage.getEInt(), "satisfiedScore", "4", 0, 1, CaseSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseSettings_DefaultPlan(), this.getEscalationPlan(), null, "defaultPlan", null, 0, 1, CaseSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(caseKindEEnum, CaseKind.class, "CaseKind");
		addEEnumLiteral(caseKindEEnum, CaseKind.CONSULTATION);
		addEEnumLiteral(caseKindEEnum, CaseKind.DEFECT);

		initEEnum(defectClassEEnum, DefectClass.class, "DefectClass");
		addEEnumLiteral(defectClassEEnum, DefectClass.TECHNICAL);
		addEEnumLiteral(defectClassEEnum, DefectClass.BUSINESS);
		addEEnumLiteral(defectClassEEnum, DefectClass.OPERATION);

		initEEnum(caseStatusEEnum, CaseStatus.class, "CaseStatus");
		addEEnumLiteral(caseStatusEEnum, CaseStatus.SUBMITTED);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.ANALYSED);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CONFIRMED);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.FIXING);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.REPLIED);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.WAITING_FOR_CUSTOMER);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.WAITING_FOR_PART);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CLOSED);

		initEEnum(activityKindEEnum, ActivityKind.class, "ActivityKind");
		addEEnumLiteral(activityKindEEnum, ActivityKind.CALL);
		addEEnumLiteral(activityKindEEnum, ActivityKind.REMOTE_SESSION);
		addEEnumLiteral(activityKindEEnum, ActivityKind.ON_SITE_VISIT);
		addEEnumLiteral(activityKindEEnum, ActivityKind.RMA_REQUEST);
		addEEnumLiteral(activityKindEEnum, ActivityKind.NOTE);
		addEEnumLiteral(activityKindEEnum, ActivityKind.SEVERITY_CHANGE);
		addEEnumLiteral(activityKindEEnum, ActivityKind.STATUS_CHANGE);
		addEEnumLiteral(activityKindEEnum, ActivityKind.ASSIGNMENT);
		addEEnumLiteral(activityKindEEnum, ActivityKind.ESCALATION);
		addEEnumLiteral(activityKindEEnum, ActivityKind.REMINDER);
		addEEnumLiteral(activityKindEEnum, ActivityKind.SURVEY);
		addEEnumLiteral(activityKindEEnum, ActivityKind.COMPLAINT);
		addEEnumLiteral(activityKindEEnum, ActivityKind.OPENED);

		initEEnum(escalationModeEEnum, EscalationMode.class, "EscalationMode");
		addEEnumLiteral(escalationModeEEnum, EscalationMode.SINCE_OPENED);
		addEEnumLiteral(escalationModeEEnum, EscalationMode.PER_STEP);

		initEEnum(slaEventKindEEnum, SlaEventKind.class, "SlaEventKind");
		addEEnumLiteral(slaEventKindEEnum, SlaEventKind.REMINDER);
		addEEnumLiteral(slaEventKindEEnum, SlaEventKind.REASSIGN_PROPOSAL);
		addEEnumLiteral(slaEventKindEEnum, SlaEventKind.BREACH_WARNING);
		addEEnumLiteral(slaEventKindEEnum, SlaEventKind.BREACH);
		addEEnumLiteral(slaEventKindEEnum, SlaEventKind.ESCALATION);

		// Initialize data types
		initEDataType(timestampEDataType, Instant.class, "Timestamp", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://opsbench.org/persistence
		createPersistenceAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://opsbench.org/persistence</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createPersistenceAnnotations() {
		String source = "http://opsbench.org/persistence";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "schemaVersion", "1"
		   });
		addAnnotation
		  (savedSearchEClass,
		   source,
		   new String[] {
			   "unique", "owner,name"
		   });
		addAnnotation
		  (getSavedSearch_Text(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (knowledgeArticleEClass,
		   source,
		   new String[] {
			   "unique", "number"
		   });
		addAnnotation
		  (getKnowledgeArticle_Symptom(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getKnowledgeArticle_Cause(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getKnowledgeArticle_Solution(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getKnowledgeArticle_Keywords(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (severitySchemeEClass,
		   source,
		   new String[] {
			   "unique", "name"
		   });
		addAnnotation
		  (getSeverityLevel_Description(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (escalationPlanEClass,
		   source,
		   new String[] {
			   "unique", "name"
		   });
		addAnnotation
		  (serviceCaseEClass,
		   source,
		   new String[] {
			   "unique", "number",
			   "index", "openedAt desc, id desc, closedAt; severity, openedAt desc, id desc"
		   });
		addAnnotation
		  (getServiceCase_Description(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getServiceCase_SatisfactionComment(),
		   source,
		   new String[] {
			   "length", "1000"
		   });
		addAnnotation
		  (getServiceCase_FaultCause(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getServiceCase_ResolutionMethod(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getServiceCase_Losses(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getActivity_Text(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (slaEventEClass,
		   source,
		   new String[] {
			   "unique", "serviceCaseId,eventKey"
		   });
	}

} //CasesPackageImpl
