/**
 */
package org.opsbench.cases.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sla Pause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A period during which the SLA clocks stood still.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.SlaPause#getPausedAt <em>Paused At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaPause#getResumedAt <em>Resumed At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.SlaPause#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getSlaPause()
 * @model
 * @generated
 */
public interface SlaPause extends EObject {
	/**
	 * Returns the value of the '<em><b>Paused At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the pause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paused At</em>' attribute.
	 * @see #setPausedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaPause_PausedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp" required="true"
	 * @generated
	 */
	Instant getPausedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaPause#getPausedAt <em>Paused At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paused At</em>' attribute.
	 * @see #getPausedAt()
	 * @generated
	 */
	void setPausedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Resumed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the pause; empty while it lasts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resumed At</em>' attribute.
	 * @see #setResumedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaPause_ResumedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getResumedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaPause#getResumedAt <em>Resumed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resumed At</em>' attribute.
	 * @see #getResumedAt()
	 * @generated
	 */
	void setResumedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.CaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status that paused the clocks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see #setStatus(CaseStatus)
	 * @see org.opsbench.cases.model.CasesPackage#getSlaPause_Status()
	 * @model
	 * @generated
	 */
	CaseStatus getStatus();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.SlaPause#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.opsbench.cases.model.CaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CaseStatus value);

} // SlaPause
