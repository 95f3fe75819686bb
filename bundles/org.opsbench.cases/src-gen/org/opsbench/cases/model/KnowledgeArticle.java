/**
 */
package org.opsbench.cases.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What was learned from a solved case: symptom, cause and solution, suggested at intake when a new description matches. Aggregate root.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getNumber <em>Number</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getTitle <em>Title</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getSymptom <em>Symptom</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getCause <em>Cause</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getSolution <em>Solution</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getSourceCase <em>Source Case</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.KnowledgeArticle#isRetired <em>Retired</em>}</li>
 * </ul>
 *
 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle()
 * @model annotation="http://opsbench.org/persistence unique='number'"
 * @generated
 */
public interface KnowledgeArticle extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Article number, e.g. KB-0001, unique.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Number()
	 * @model required="true"
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Symptom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer saw.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symptom</em>' attribute.
	 * @see #setSymptom(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Symptom()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getSymptom();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getSymptom <em>Symptom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symptom</em>' attribute.
	 * @see #getSymptom()
	 * @generated
	 */
	void setSymptom(String value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Root cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Cause()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

	/**
	 * Returns the value of the '<em><b>Solution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it was solved or worked around.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Solution</em>' attribute.
	 * @see #setSolution(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Solution()
	 * @model annotation="http://opsbench.org/persistence length='4000'"
	 * @generated
	 */
	String getSolution();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getSolution <em>Solution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Solution</em>' attribute.
	 * @see #getSolution()
	 * @generated
	 */
	void setSolution(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vendor of the equipment concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see #setVendor(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Vendor()
	 * @model
	 * @generated
	 */
	String getVendor();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(String value);

	/**
	 * Returns the value of the '<em><b>Keywords</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra words to match, separated by spaces or commas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keywords</em>' attribute.
	 * @see #setKeywords(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Keywords()
	 * @model annotation="http://opsbench.org/persistence length='1000'"
	 * @generated
	 */
	String getKeywords();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getKeywords <em>Keywords</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keywords</em>' attribute.
	 * @see #getKeywords()
	 * @generated
	 */
	void setKeywords(String value);

	/**
	 * Returns the value of the '<em><b>Source Case</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The solved case it was written from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Case</em>' reference.
	 * @see #setSourceCase(ServiceCase)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_SourceCase()
	 * @model
	 * @generated
	 */
	ServiceCase getSourceCase();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getSourceCase <em>Source Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Case</em>' reference.
	 * @see #getSourceCase()
	 * @generated
	 */
	void setSourceCase(ServiceCase value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Login of the author.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_CreatedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Updated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was last changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated At</em>' attribute.
	 * @see #setUpdatedAt(Instant)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_UpdatedAt()
	 * @model dataType="org.opsbench.cases.model.Timestamp"
	 * @generated
	 */
	Instant getUpdatedAt();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#getUpdatedAt <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated At</em>' attribute.
	 * @see #getUpdatedAt()
	 * @generated
	 */
	void setUpdatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No longer suggested (e.g. fixed by a firmware release).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retired</em>' attribute.
	 * @see #setRetired(boolean)
	 * @see org.opsbench.cases.model.CasesPackage#getKnowledgeArticle_Retired()
	 * @model
	 * @generated
	 */
	boolean isRetired();

	/**
	 * Sets the value of the '{@link org.opsbench.cases.model.KnowledgeArticle#isRetired <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retired</em>' attribute.
	 * @see #isRetired()
	 * @generated
	 */
	void setRetired(boolean value);

} // KnowledgeArticle
