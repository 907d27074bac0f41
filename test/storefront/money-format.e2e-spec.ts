import {
  currencyExponent,
  decimalToMinorUnits,
  formatMinorUnits,
  minorUnitsToDecimal,
} from '../../apps/storefront/app/lib/money';

// Pure functions of the storefront; no browser needed. Expected strings are what ICU prints.
describe('storefront money formatter', () => {
  it('takes the exponent from the currency: EUR 2, JPY 0, KWD 3', () => {
    expect([currencyExponent('EUR'), currencyExponent('JPY'), currencyExponent('KWD')]).toEqual([2, 0, 3]);
    expect(formatMinorUnits(1250, 'EUR', 'en')).toBe('€12.50');
    expect(formatMinorUnits(1250, 'JPY', 'en')).toBe('¥1,250');
    expect(formatMinorUnits(1250, 'KWD', 'en')).toBe('KWD\u00a01.250');
    expect(formatMinorUnits(1250, 'EUR', 'de')).toBe('12,50\u00a0€');
    expect(formatMinorUnits(1500, 'EUR', 'en', { whole: true })).toBe('€15');
  });

  it('reads what a person types into minor units of the currency, refusing extra places', () => {
    expect(decimalToMinorUnits('12,5', 'EUR')).toBe(1250);
    expect(decimalToMinorUnits('12.05', 'EUR')).toBe(1205);
    expect(decimalToMinorUnits('7', 'EUR')).toBe(700);
    expect(decimalToMinorUnits('12.505', 'EUR')).toBeNull();
    expect(decimalToMinorUnits('1250', 'JPY')).toBe(1250);
    expect(decimalToMinorUnits('12.5', 'JPY')).toBeNull();
    expect(decimalToMinorUnits('1.234', 'KWD')).toBe(1234);
    expect(decimalToMinorUnits('zwölf', 'EUR')).toBeNull();
  });

  it('writes minor units back the way a form shows them', () => {
    expect(minorUnitsToDecimal(1250, 'EUR')).toBe('12.50');
    expect(minorUnitsToDecimal(5, 'EUR')).toBe('0.05');
    expect(minorUnitsToDecimal(1250, 'JPY')).toBe('1250');
    expect(minorUnitsToDecimal(1234, 'KWD')).toBe('1.234');
  });
});
