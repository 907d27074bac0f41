import { addMoney, currencyExponent, formatMoney, money, parseMoney } from '../index';

describe('money', () => {
  it('knows each currency’s minor-unit exponent from ISO 4217', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
  });

  it('parses decimal strings into minor units of the currency', () => {
    expect(parseMoney('12.99', 'EUR')).toEqual({ amount: 1299, currency: 'EUR' });
    expect(parseMoney('12,5', 'EUR')).toEqual({ amount: 1250, currency: 'EUR' });
    expect(parseMoney('1500', 'JPY')).toEqual({ amount: 1500, currency: 'JPY' });
    expect(() => parseMoney('12.999', 'EUR')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => parseMoney('1.5', 'JPY')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => parseMoney('abc', 'EUR')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('formats for people in their locale', () => {
    expect(formatMoney(money(1299, 'EUR'), 'en')).toBe('€12.99');
    expect(formatMoney(money(1299, 'EUR'), 'de')).toBe('12,99\u00a0€');
    expect(formatMoney(money(1500, 'JPY'), 'en')).toBe('¥1,500');
  });

  it('refuses floats, unknown currencies and mixing currencies', () => {
    expect(() => money(12.5, 'EUR')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => money(100, 'XYZ')).toThrow(expect.objectContaining({ code: 'INVALID_CURRENCY' }));
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(expect.objectContaining({ code: 'CURRENCY_MISMATCH' }));
  });
});
