/**
 */
package org.opsbench.cases.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One record of the case log; never changed once written (hash-chained).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.Activity#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.opsbench.cases.model.Activity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.opsbench.cases.model.Activity#getAt <em>At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.Activity#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.opsbench.cases.model.Activity#getText <em>Text</em>}</li>
 *   <li>{@link org.opsbench.cases.model.Activity#isCustomerNote <em>Customer Note</em>}</li>
 *   <li>{@link org.opsbench.cases.model.Activity#getPreviousHash <em>Previous Hash</em>}</li>
 *   <li>{@link org.opsbench.cases.model.Activity#getHash <em>Hash</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends EObject {
	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based position in the case log.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(int)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_Ordinal()
	 * @model required="true"
	 * @generated
	 */
	int getOrdinal();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#getOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #getOrdinal()
	 * @generated
	 */
	void setOrdinal(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.opsbench.cases.model.ActivityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.ActivityKind
	 * @see #setKind(ActivityKind)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_Kind()
	 * @model
	 * @generated
	 */
	ActivityKind getKind();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.opsbench.cases.model.ActivityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActivityKind value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_At()
	 * @model dataType="org.opsbench.cases.model.Timestamp" required="true"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was done or said.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_Text()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Customer Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Written by or for the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Note</em>' attribute.
	 * @see #setCustomerNote(boolean)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_CustomerNote()
	 * @model
	 * @generated
	 */
	boolean isCustomerNote();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#isCustomerNote <em>Customer Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Note</em>' attribute.
	 * @see #isCustomerNote()
	 * @generated
	 */
	void setCustomerNote(boolean value);

	/**
	 * Returns the value of the '<em><b>Previous Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hash of the previous record (empty for the first).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous Hash</em>' attribute.
	 * @see #setPreviousHash(String)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_PreviousHash()
	 * @model
	 * @generated
	 */
	String getPreviousHash();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#getPreviousHash <em>Previous Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Hash</em>' attribute.
	 * @see #getPreviousHash()
	 * @generated
	 */
	void setPreviousHash(String value);

	/**
	 * Returns the value of the '<em><b>Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 over this record and the previous hash.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hash</em>' attribute.
	 * @see #setHash(String)
	 * @see org.opsbench.cases.model.CasesPackage#getActivity_Hash()
	 * @model
	 * @generated
	 */
	String getHash();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.Activity#getHash <em>Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hash</em>' attribute.
	 * @see #getHash()
	 * @generated
	 */
	void setHash(String value);

} // Activity
