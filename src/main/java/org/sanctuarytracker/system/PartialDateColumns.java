package org.sanctuarytracker.system;

import java.util.Set;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource;
import org.hibernate.boot.model.source.spi.AttributePath;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Names the two columns of a {@link PartialDate} after the attribute that holds it, as
 * the schema names them: {@code adoptedOn} is {@code adopted_on} and
 * {@code adopted_on_precision}. An entity then declares a partial date with
 * {@code @Embedded} alone, instead of overriding both columns each time. Every other name
 * is Spring Boot's default (its physical strategy then writes them in snake case);
 * {@code ddl-auto=validate} checks every mapped column against the schema at startup.
 * <p>
 * The partial date is the model's only embeddable: a part named {@code date} or
 * {@code precision} of an embedded value is its.
 */
public class PartialDateColumns extends SpringImplicitNamingStrategy {

	private static final Set<String> PARTS = Set.of("date", "precision");

	@Override
	public Identifier determineBasicColumnName(ImplicitBasicColumnNameSource source) {
		AttributePath path = source.getAttributePath();
		AttributePath holder = path.getParent();
		if (source.isCollectionElement() || holder == null || holder.isRoot() || !PARTS.contains(path.getProperty())) {
			return super.determineBasicColumnName(source);
		}
		String name = "date".equals(path.getProperty()) ? holder.getProperty() : holder.getProperty() + "Precision";
		return toIdentifier(name, source.getBuildingContext());
	}

}
