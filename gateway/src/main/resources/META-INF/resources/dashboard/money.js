// Amounts (金额): yuan with two decimals and thousands separators, e.g. 10,000.50. JSON.parse would turn an amount
// into a double (99999999999999.99 has no exact double), so the overview is parsed keeping each amount's own digits.
// An amount is known by its name, by the same rule as the gateway's (admin/Amounts.java): a field whose name
// starts with "amount", every figure of "recovered" (today, this month, this year), and a figure named "recovered" or
// "owed" itself (the period figures and the assessment).
const Money = (() => {
  const AMOUNT = /^amount/;
  const GROUP = 'recovered';
  const FIGURES = ['recovered', 'owed'];
  const formats = {};

  const isAmount = (key, parentKey) => AMOUNT.test(key) || parentKey === GROUP || FIGURES.includes(key);

  /** "10000.5", "10000.50" or 10000.5 → "10,000.50"; a decimal string is formatted digit for digit. */
  function format(amount) {
    const locale = lang === 'zh' ? 'zh-CN' : 'en';
    formats[locale] ||= new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return formats[locale].format(amount);
  }

  /**
   * JSON.parse, with every amount kept as the decimal text it was sent as. The reviver sees a number's source text
   * (where the browser offers it) but not the name of the object holding it, so the figures of an object are noted
   * and made text once the object turns out to be "recovered".
   */
  function parse(text) {
    const figures = new WeakMap();
    return JSON.parse(text, function (key, value, context) {
      if (typeof value === 'number') {
        const digits = context && context.source !== undefined ? context.source : String(value);
        if (AMOUNT.test(key) || FIGURES.includes(key)) return digits;
        if (!figures.has(this)) figures.set(this, {});
        figures.get(this)[key] = digits;
      } else if (key === GROUP && figures.has(value)) {
        Object.assign(value, figures.get(value));
      }
      return value;
    });
  }

  return { isAmount, format, parse };
})();
