/**
 */
package org.opsbench.cases.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.KnowledgeArticle;
import org.opsbench.cases.model.ServiceCase;

import org.opsbench.model.base.PersistentObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Knowledge Article</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getSymptom <em>Symptom</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getCause <em>Cause</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getSolution <em>Solution</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getSourceCase <em>Source Case</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#getUpdatedAt <em>Updated At</em>}</li>
 *   <li>{@link org.opsbench.cases.model.impl.KnowledgeArticleImpl#isRetired <em>Retired</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KnowledgeArticleImpl extends PersistentObject implements KnowledgeArticle {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSymptom() <em>Symptom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymptom()
	 * @generated
	 * @ordered
	 */
	protected static final String SYMPTOM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymptom() <em>Symptom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymptom()
	 * @generated
	 * @ordered
	 */
	protected String symptom = SYMPTOM_EDEFAULT;

	/**
	 * The default value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected String cause = CAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSolution() <em>Solution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolution()
	 * @generated
	 * @ordered
	 */
	protected static final String SOLUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSolution() <em>Solution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSolution()
	 * @generated
	 * @ordered
	 */
	protected String solution = SOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeywords() <em>Keywords</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected static final String KEYWORDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected String keywords = KEYWORDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceCase() <em>Source Case</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceCase()
	 * @generated
	 * @ordered
	 */
	protected ServiceCase sourceCase;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant UPDATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedAt() <em>Updated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant updatedAt = UPDATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RETIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRetired() <em>Retired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRetired()
	 * @generated
	 * @ordered
	 */
	protected boolean retired = RETIRED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KnowledgeArticleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasesPackage.Literals.KNOWLEDGE_ARTICLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSymptom() {
		return symptom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymptom(String newSymptom) {
		String oldSymptom = symptom;
		symptom = newSymptom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__SYMPTOM, oldSymptom, symptom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(String newCause) {
		String oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSolution() {
		return solution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSolution(String newSolution) {
		String oldSolution = solution;
		solution = newSolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__SOLUTION, oldSolution, solution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeywords() {
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeywords(String newKeywords) {
		String oldKeywords = keywords;
		keywords = newKeywords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__KEYWORDS, oldKeywords, keywords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCase getSourceCase() {
		if (sourceCase != null && sourceCase.eIsProxy()) {
			InternalEObject oldSourceCase = (InternalEObject)sourceCase;
			sourceCase = (ServiceCase)eResolveProxy(oldSourceCase);
			if (sourceCase != oldSourceCase) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasesPackage.KNOWLEDGE_ARTICLE__SOURCE_CASE, oldSourceCase, sourceCase));
			}
		}
		return sourceCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceCase basicGetSourceCase() {
		return sourceCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceCase(ServiceCase newSourceCase) {
		ServiceCase oldSourceCase = sourceCase;
		sourceCase = newSourceCase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__SOURCE_CASE, oldSourceCase, sourceCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedAt(Instant newUpdatedAt) {
		Instant oldUpdatedAt = updatedAt;
		updatedAt = newUpdatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__UPDATED_AT, oldUpdatedAt, updatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRetired() {
		return retired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetired(boolean newRetired) {
		boolean oldRetired = retired;
		retired = newRetired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasesPackage.KNOWLEDGE_ARTICLE__RETIRED, oldRetired, retired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasesPackage.KNOWLEDGE_ARTICLE__NUMBER:
				return getNumber();
			case CasesPackage.KNOWLEDGE_ARTICLE__TITLE:
				return getTitle();
			case CasesPackage.KNOWLEDGE_ARTICLE__SYMPTOM:
				return getSymptom();
			case CasesPackage.KNOWLEDGE_ARTICLE__CAUSE:
				return getCause();
			case CasesPackage.KNOWLEDGE_ARTICLE__SOLUTION:
				return getSolution();
			case CasesPackage.KNOWLEDGE_ARTICLE__VENDOR:
				return getVendor();
			case CasesPackage.KNOWLEDGE_ARTICLE__KEYWORDS:
				return getKeywords();
			case CasesPackage.KNOWLEDGE_ARTICLE__SOURCE_CASE:
				if (resolve) return getSourceCase();
				return basicGetSourceCase();
			case CasesPackage.KNOWLEDGE_ARTICLE__AUTHOR:
				return getAuthor();
			case CasesPackage.KNOWLEDGE_ARTICLE__CREATED_AT:
				return getCreatedAt();
			case CasesPackage.KNOWLEDGE_ARTICLE__UPDATED_AT:
				return getUpdatedAt();
			case CasesPackage.KNOWLEDGE_ARTICLE__RETIRED:
				return isRetired();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasesPackage.KNOWLEDGE_ARTICLE__NUMBER:
				setNumber((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__TITLE:
				setTitle((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__SYMPTOM:
				setSymptom((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__CAUSE:
				setCause((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__SOLUTION:
				setSolution((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__VENDOR:
				setVendor((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__KEYWORDS:
				setKeywords((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__SOURCE_CASE:
				setSourceCase((ServiceCase)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__AUTHOR:
				setAuthor((String)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__UPDATED_AT:
				setUpdatedAt((Instant)newValue);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__RETIRED:
				setRetired((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasesPackage.KNOWLEDGE_ARTICLE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__SYMPTOM:
				setSymptom(SYMPTOM_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__CAUSE:
				setCause(CAUSE_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__SOLUTION:
				setSolution(SOLUTION_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__KEYWORDS:
				setKeywords(KEYWORDS_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__SOURCE_CASE:
				setSourceCase((ServiceCase)null);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__UPDATED_AT:
				setUpdatedAt(UPDATED_AT_EDEFAULT);
				return;
			case CasesPackage.KNOWLEDGE_ARTICLE__RETIRED:
				setRetired(RETIRED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasesPackage.KNOWLEDGE_ARTICLE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CasesPackage.KNOWLEDGE_ARTICLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasesPackage.KNOWLEDGE_ARTICLE__SYMPTOM:
				return SYMPTOM_EDEFAULT == null ? symptom != null : !SYMPTOM_EDEFAULT.equals(symptom);
			case CasesPackage.KNOWLEDGE_ARTICLE__CAUSE:
				return CAUSE_EDEFAULT == null ? cause != null : !CAUSE_EDEFAULT.equals(cause);
			case CasesPackage.KNOWLEDGE_ARTICLE__SOLUTION:
				return SOLUTION_EDEFAULT == null ? solution != null : !SOLUTION_EDEFAULT.equals(solution);
			case CasesPackage.KNOWLEDGE_ARTICLE__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case CasesPackage.KNOWLEDGE_ARTICLE__KEYWORDS:
				return KEYWORDS_EDEFAULT == null ? keywords != null : !KEYWORDS_EDEFAULT.equals(keywords);
			case CasesPackage.KNOWLEDGE_ARTICLE__SOURCE_CASE:
				return sourceCase != null;
			case CasesPackage.KNOWLEDGE_ARTICLE__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case CasesPackage.KNOWLEDGE_ARTICLE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case CasesPackage.KNOWLEDGE_ARTICLE__UPDATED_AT:
				return UPDATED_AT_EDEFAULT == null ? updatedAt != null : !UPDATED_AT_EDEFAULT.equals(updatedAt);
			case CasesPackage.KNOWLEDGE_ARTICLE__RETIRED:
				return retired != RETIRED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (number: ");
		result.append(number);
		result.append(", title: ");
		result.append(title);
		result.append(", symptom: ");
		result.append(symptom);
		result.append(", cause: ");
		result.append(cause);
		result.append(", solution: ");
		result.append(solution);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(", author: ");
		result.append(author);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", updatedAt: ");
		result.append(updatedAt);
		result.append(", retired: ");
		result.append(retired);
		result.append(')');
		return result.toString();
	}

} //KnowledgeArticleImpl
