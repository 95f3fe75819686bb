/**
 */
package org.opsbench.cases.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.opsbench.cases.model.CasesPackage
 * @generated
 */
public interface CasesFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CasesFactory eINSTANCE = org.opsbench.cases.model.impl.CasesFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Saved Search</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Saved Search</em>'.
	 * @generated
	 */
	SavedSearch createSavedSearch();

	/**
	 * Returns a new object of class '<em>Knowledge Article</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Knowledge Article</em>'.
	 * @generated
	 */
	KnowledgeArticle createKnowledgeArticle();

	/**
	 * Returns a new object of class '<em>Severity Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Severity Scheme</em>'.
	 * @generated
	 */
	SeverityScheme createSeverityScheme();

	/**
	 * Returns a new object of class '<em>Severity Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Severity Level</em>'.
	 * @generated
	 */
	SeverityLevel createSeverityLevel();

	/**
	 * Returns a new object of class '<em>Escalation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Escalation Plan</em>'.
	 * @generated
	 */
	EscalationPlan createEscalationPlan();

	/**
	 * Returns a new object of class '<em>Escalation Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Escalation Step</em>'.
	 * @generated
	 */
	EscalationStep createEscalationStep();

	/**
	 * Returns a new object of class '<em>Service Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Case</em>'.
	 * @generated
	 */
	ServiceCase createServiceCase();

	/**
	 * Returns a new object of class '<em>Sla Pause</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sla Pause</em>'.
	 * @generated
	 */
	SlaPause createSlaPause();

	/**
	 * Returns a new object of class '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activity</em>'.
	 * @generated
	 */
	Activity createActivity();

	/**
	 * Returns a new object of class '<em>Sla Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sla Event</em>'.
	 * @generated
	 */
	SlaEvent createSlaEvent();

	/**
	 * Returns a new object of class '<em>Case Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Case Settings</em>'.
	 * @generated
	 */
	CaseSettings createCaseSettings();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CasesPackage getCasesPackage();

} //CasesFactory
