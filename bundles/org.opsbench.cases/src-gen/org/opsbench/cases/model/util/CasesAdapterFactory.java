/**
 */
package org.opsbench.cases.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.opsbench.cases.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.opsbench.cases.model.CasesPackage
 * @generated
 */
public class CasesAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CasesPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CasesAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CasesPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CasesSwitch<Adapter> modelSwitch =
		new CasesSwitch<Adapter>() {
			@Override
			public Adapter caseSavedSearch(SavedSearch object) {
				return createSavedSearchAdapter();
			}
			@Override
			public Adapter caseKnowledgeArticle(KnowledgeArticle object) {
				return createKnowledgeArticleAdapter();
			}
			@Override
			public Adapter caseSeverityScheme(SeverityScheme object) {
				return createSeveritySchemeAdapter();
			}
			@Override
			public Adapter caseSeverityLevel(SeverityLevel object) {
				return createSeverityLevelAdapter();
			}
			@Override
			public Adapter caseEscalationPlan(EscalationPlan object) {
				return createEscalationPlanAdapter();
			}
			@Override
			public Adapter caseEscalationStep(EscalationStep object) {
				return createEscalationStepAdapter();
			}
			@Override
			public Adapter caseServiceCase(ServiceCase object) {
				return createServiceCaseAdapter();
			}
			@Override
			public Adapter caseSlaPause(SlaPause object) {
				return createSlaPauseAdapter();
			}
			@Override
			public Adapter caseActivity(Activity object) {
				return createActivityAdapter();
			}
			@Override
			public Adapter caseSlaEvent(SlaEvent object) {
				return createSlaEventAdapter();
			}
			@Override
			public Adapter caseCaseSettings(CaseSettings object) {
				return createCaseSettingsAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.SavedSearch <em>Saved Search</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.SavedSearch
	 * @generated
	 */
	public Adapter createSavedSearchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.KnowledgeArticle <em>Knowledge Article</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.KnowledgeArticle
	 * @generated
	 */
	public Adapter createKnowledgeArticleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.SeverityScheme <em>Severity Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.SeverityScheme
	 * @generated
	 */
	public Adapter createSeveritySchemeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.SeverityLevel <em>Severity Level</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.SeverityLevel
	 * @generated
	 */
	public Adapter createSeverityLevelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.EscalationPlan <em>Escalation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.EscalationPlan
	 * @generated
	 */
	public Adapter createEscalationPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.EscalationStep <em>Escalation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.EscalationStep
	 * @generated
	 */
	public Adapter createEscalationStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.ServiceCase <em>Service Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.ServiceCase
	 * @generated
	 */
	public Adapter createServiceCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.SlaPause <em>Sla Pause</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.SlaPause
	 * @generated
	 */
	public Adapter createSlaPauseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.Activity
	 * @generated
	 */
	public Adapter createActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.SlaEvent <em>Sla Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.SlaEvent
	 * @generated
	 */
	public Adapter createSlaEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.opsbench.cases.model.CaseSettings <em>Case Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.opsbench.cases.model.CaseSettings
	 * @generated
	 */
	public Adapter createCaseSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CasesAdapterFactory
