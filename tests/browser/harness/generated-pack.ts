/**
 * A large claim pack made up for the tests (no third-party data is committed): `count` distinct
 * fact-checks as a schema.org DataFeed of ClaimReview, each claim a made-up ferry statistic.
 * Claim `n` is `The <port> ferry to <town> carried <7000 + n> passengers during the <month> storms.`
 */
const PORTS = ['Bergen', 'Tromsø', 'Aarhus', 'Turku', 'Tallinn', 'Rostock', 'Malmö', 'Riga', 'Oulu', 'Visby', 'Kiel', 'Klaipėda', 'Stavanger'];
const TOWNS = ['Gdańsk', 'Lübeck', 'Umeå', 'Helsinki', 'Mariehamn', 'Ystad', 'Sassnitz', 'Liepāja', 'Kalmar', 'Hanko', 'Frederikshavn'];
const MONTHS = ['January', 'February', 'March', 'April', 'October', 'November', 'December'];
const RATINGS = ['False', 'Misleading', 'Half true', 'Mostly true'];

export const generatedClaim = (n: number) =>
  `The ${PORTS[n % PORTS.length]} ferry to ${TOWNS[n % TOWNS.length]} carried ${7000 + n} passengers during the ${MONTHS[n % MONTHS.length]} storms.`;

/** `version` changes every review's date, so a second file is a newer version of the same pack. */
export function generatedPack(count: number, version = 1): string {
  const item = Array.from({ length: count }, (_, n) => ({
    '@type': 'ClaimReview',
    url: `https://ferry-checks.example/${n}`,
    datePublished: `2026-0${version}-15`,
    claimReviewed: generatedClaim(n),
    author: { '@type': 'Organization', name: 'Harbour Fact Desk' },
    reviewRating: { '@type': 'Rating', alternateName: RATINGS[n % RATINGS.length] },
  }));
  return JSON.stringify({ '@context': 'https://schema.org', '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item }] });
}
