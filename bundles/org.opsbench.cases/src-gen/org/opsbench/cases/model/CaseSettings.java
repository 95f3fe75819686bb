/**
 */
package org.opsbench.cases.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Service-center wide case settings. Aggregate root, one row.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.CaseSettings#getNumberPattern <em>Number Pattern</em>}</li>
 *   <li>{@link org.opsbench.cases.model.CaseSettings#getSatisfiedScore <em>Satisfied Score</em>}</li>
 *   <li>{@link org.opsbench.cases.model.CaseSettings#getDefaultPlan <em>Default Plan</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getCaseSettings()
 * @model
 * @generated
 */
public interface CaseSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Number Pattern</b></em>' attribute.
	 * The default value is <code>"C-{yyyyMMdd}-{seq:4}"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case number pattern: {yyyyMMdd} and other date fields, {seq} or {seq:5} for a counter per prefix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number Pattern</em>' attribute.
	 * @see #setNumberPattern(String)
	 * @see org.opsbench.cases.model.CasesPackage#getCaseSettings_NumberPattern()
	 * @model default="C-{yyyyMMdd}-{seq:4}"
	 * @generated
	 */
	String getNumberPattern();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.CaseSettings#getNumberPattern <em>Number Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Pattern</em>' attribute.
	 * @see #getNumberPattern()
	 * @generated
	 */
	void setNumberPattern(String value);

	/**
	 * Returns the value of the '<em><b>Satisfied Score</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lowest survey score (1 to 5) that counts as satisfied; a complaint stays open until a closing survey reaches it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfied Score</em>' attribute.
	 * @see #setSatisfiedScore(int)
	 * @see org.opsbench.cases.model.CasesPackage#getCaseSettings_SatisfiedScore()
	 * @model default="4"
	 * @generated
	 */
	int getSatisfiedScore();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.CaseSettings#getSatisfiedScore <em>Satisfied Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfied Score</em>' attribute.
	 * @see #getSatisfiedScore()
	 * @generated
	 */
	void setSatisfiedScore(int value);

	/**
	 * Returns the value of the '<em><b>Default Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plan for cases whose contract names none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Plan</em>' reference.
	 * @see #setDefaultPlan(EscalationPlan)
	 * @see org.opsbench.cases.model.CasesPackage#getCaseSettings_DefaultPlan()
	 * @model
	 * @generated
	 */
	EscalationPlan getDefaultPlan();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.CaseSettings#getDefaultPlan <em>Default Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Plan</em>' reference.
	 * @see #getDefaultPlan()
	 * @generated
	 */
	void setDefaultPlan(EscalationPlan value);

} // CaseSettings
