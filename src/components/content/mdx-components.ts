// The components MDX content may use without importing them.
import Changed from './Changed.astro';
import Figure from './Figure.astro';
import ContactEmail from './ContactEmail.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import LegalRef from './LegalRef.astro';
import Rettet from './Rettet.astro';
import Link from './Link.astro';
import SourceRef from './SourceRef.astro';
import StillApplies from './StillApplies.astro';
import Table from './Table.astro';

export const mdxComponents = {
  a: Link,
  table: Table,
  H2,
  H3,
  LegalRef,
  SourceRef,
  StillApplies,
  Changed,
  Rettet,
  Figure,
  ContactEmail,
};
