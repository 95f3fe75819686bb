/**
 */
package org.opsbench.cases.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Escalation Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who is pulled in as time passes, reminders and when the clocks pause. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getMode <em>Mode</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getWarningPercent <em>Warning Percent</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getReminderMinutes <em>Reminder Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getReassignMinutes <em>Reassign Minutes</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getPausingStatuses <em>Pausing Statuses</em>}</li>
 *   <li>{@link org.opsbench.cases.model.EscalationPlan#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan()
 * @model annotation="http://opsbench.org/persistence unique='name'"
 * @generated
 */
public interface EscalationPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique plan name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The severity scheme the steps refer to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheme</em>' reference.
	 * @see #setScheme(SeverityScheme)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_Scheme()
	 * @model
	 * @generated
	 */
	SeverityScheme getScheme();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationPlan#getScheme <em>Scheme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' reference.
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(SeverityScheme value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.EscalationMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How elapsed time is counted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.opsbench.cases.model.EscalationMode
	 * @see #setMode(EscalationMode)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_Mode()
	 * @model
	 * @generated
	 */
	EscalationMode getMode();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationPlan#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.opsbench.cases.model.EscalationMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(EscalationMode value);

	/**
	 * Returns the value of the '<em><b>Warning Percent</b></em>' attribute.
	 * The default value is <code>"80"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A breach warning fires at this share of a target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warning Percent</em>' attribute.
	 * @see #setWarningPercent(int)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_WarningPercent()
	 * @model default="80"
	 * @generated
	 */
	int getWarningPercent();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationPlan#getWarningPercent <em>Warning Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warning Percent</em>' attribute.
	 * @see #getWarningPercent()
	 * @generated
	 */
	void setWarningPercent(int value);

	/**
	 * Returns the value of the '<em><b>Reminder Minutes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes after assignment without response at which the dispatcher is reminded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reminder Minutes</em>' attribute list.
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_ReminderMinutes()
	 * @model
	 * @generated
	 */
	EList<Integer> getReminderMinutes();

	/**
	 * Returns the value of the '<em><b>Reassign Minutes</b></em>' attribute.
	 * The default value is <code>"45"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes after assignment without response at which reassignment is proposed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reassign Minutes</em>' attribute.
	 * @see #setReassignMinutes(int)
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_ReassignMinutes()
	 * @model default="45"
	 * @generated
	 */
	int getReassignMinutes();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.EscalationPlan#getReassignMinutes <em>Reassign Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reassign Minutes</em>' attribute.
	 * @see #getReassignMinutes()
	 * @generated
	 */
	void setReassignMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Pausing Statuses</b></em>' attribute list.
	 * The list contents are of type {@link org.opsbench.cases.model.CaseStatus}.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statuses during which the SLA clocks stop.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pausing Statuses</em>' attribute list.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_PausingStatuses()
	 * @model
	 * @generated
	 */
	EList<CaseStatus> getPausingStatuses();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.opsbench.cases.model.EscalationStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Escalation steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.opsbench.cases.model.CasesPackage#getEscalationPlan_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<EscalationStep> getSteps();

} // EscalationPlan
