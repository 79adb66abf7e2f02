/**
 * Agreement weights for ordered categories (Gwet 2014, ch. 3): w_kl = 1 for identical
 * categories and shrinks with their distance in rank positions. Identity weights give the
 * unweighted (nominal) coefficients.
 */
export type AgreementWeighting = 'identity' | 'linear' | 'quadratic';

export function agreementWeights(weighting: AgreementWeighting, q: number): number[][] {
  const span = Math.max(q - 1, 1);
  return Array.from({ length: q }, (_, k) =>
    Array.from({ length: q }, (_, l) => {
      if (weighting === 'identity') return k === l ? 1 : 0;
      const distance = Math.abs(k - l) / span;
      return weighting === 'linear' ? 1 - distance : 1 - distance ** 2;
    }),
  );
}
