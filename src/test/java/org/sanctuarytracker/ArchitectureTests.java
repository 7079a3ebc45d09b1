package org.sanctuarytracker;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages depend one way (README, "Development"): no two packages import each other,
 * however indirectly; system, which every feature builds on, knows no feature; a feature
 * knows nothing of the pages, exports and imports that combine features; a feature's
 * repositories are its own, and other packages go through its service. A back-import
 * fails the build here, naming the classes.
 */
@AnalyzeClasses(packages = "org.sanctuarytracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	static final String[] FEATURES = { "..account..", "..source..", "..jurisdiction..", "..person..", "..policy..",
			"..statement..", "..funding..", "..indicator..", "..designation.." };

	static final String[] ABOVE_FEATURES = { "..reading..", "..home..", "org.sanctuarytracker.map..", "..api..",
			"..export..", "..dataimport..", "..search.." };

	@ArchTest
	static final ArchRule packagesDependOneWay = slices().matching("org.sanctuarytracker.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule systemKnowsNoFeature = noClasses().that()
		.resideInAPackage("org.sanctuarytracker.system..")
		.should()
		.dependOnClassesThat(
				resideInAPackage("org.sanctuarytracker..").and(not(resideInAPackage("org.sanctuarytracker.system.."))));

	@ArchTest
	static final ArchRule featuresKnowNothingAboveThem = noClasses().that()
		.resideInAnyPackage(FEATURES)
		.should()
		.dependOnClassesThat(resideInAnyPackage(ABOVE_FEATURES));

	@ArchTest
	static final ArchRule repositoriesStayInTheirFeature = classes().that()
		.areAssignableTo(Repository.class)
		.and()
		.resideInAPackage("org.sanctuarytracker..")
		// A shared base (CitedFactRepository) is a kind of repository, as JpaRepository
		// is: each feature's own repository extends it and stays in its package.
		.and()
		.areNotAnnotatedWith(NoRepositoryBean.class)
		.should(beUsedOnlyInTheirOwnPackage());

	private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
		return new ArchCondition<>("be used only in their own package") {

			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
					JavaClass user = dependency.getOriginClass();
					if (!user.getPackageName().equals(repository.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

}
