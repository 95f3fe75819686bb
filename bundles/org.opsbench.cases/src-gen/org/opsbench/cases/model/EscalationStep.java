/**
 */
package org.opsbench.cases.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Escalation Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * After this much working time without diagnosis, notify this role.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.EscalationStep#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationStep#getAfterMinutes <em>After Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationStep#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getEscalationStep()
 * @model
 * @generated
 */
public interface EscalationStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity code, e.g. P1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see #setSeverity(String)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationStep_Severity()
	 * @model required="true"
	 * @generated
	 */
	String getSeverity();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationStep#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(String value);

	/**
	 * Returns the value of the '<em><b>After Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working minutes since the case was opened; in per-step mode, since the current handling step (status) began.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>After Minutes</em>' attribute.
	 * @see #setAfterMinutes(int)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationStep_AfterMinutes()
	 * @model required="true"
	 * @generated
	 */
	int getAfterMinutes();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationStep#getAfterMinutes <em>After Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Minutes</em>' attribute.
	 * @see #getAfterMinutes()
	 * @generated
	 */
	void setAfterMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Role to notify, e.g. response-center manager.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationStep_Role()
	 * @model required="true"
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationStep#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

} // EscalationStep
