/**
 * Spanish (neutral, for the US and Latin America; "usted"): every word the widget writes itself. Registry text
 * is never here; it is shown as it is, in English.
 *
 * A translation of `en.ts`, key for key: the explanations (`meaning`, `risks`, the status and phase
 * explanations) say what the English says and nothing more. Like the English, they have NOT yet been reviewed by
 * a clinician (nor by a medical translator): `explanationsReviewed` says so, and the card shows
 * `meaning.reviewNote` beside them. Their readability is checked with the Fernández-Huerta score
 * (view-model/readability-es.ts, test/i18n-es.test.ts).
 */
import {
  FIELD,
  type GroupShare,
  type HeadlineParts,
  type NamedEvent,
  type PhaseKey,
} from '../view-model/plain.js';
import type { JoinState, Tense } from '../view-model/join.js';
import type { ReadingLevel } from '../view-model/readability.js';
import type { Strings } from './en.js';

type Plural = (n: string, count: number) => string;

const people: Plural = (n, count) => (count === 1 ? `${n} persona` : `${n} personas`);
const sites: Plural = (n, count) => (count === 1 ? `${n} centro` : `${n} centros`);
/** "participó" / "participaron", "participe" / "participen": the verb agrees with the number of people. */
const tookPart = (count: number) => (count === 1 ? 'participó' : 'participaron');
const willTakePart = (count: number) => (count === 1 ? 'participe' : 'participen');

/**
 * A formatted date after a preposition: "el 12 de marzo de 2024" for a day, "en marzo de 2024" or "en 2024" for
 * a month or a year (registry dates come at any of the three precisions).
 */
/** "reciben" / "recibieron" / "van a recibir" / "iban a recibir" (or the singular, for one person or group). */
const receive = (tense: Tense, one = false): string =>
  one
    ? by(tense, {
        present: 'recibe',
        past: 'recibió',
        future: 'va a recibir',
        meant: 'iba a recibir',
      })
    : by(tense, {
        present: 'reciben',
        past: 'recibieron',
        future: 'van a recibir',
        meant: 'iban a recibir',
      });
/** One sentence in the tense the study's status calls for. */
const by = (tense: Tense, forms: Record<Tense, string>): string => forms[tense];
/** "prueba" / "probó" / "va a probar" / "tenía previsto probar". */
const verb = (tense: Tense, base: string, s: string, ed: string): string =>
  by(tense, { present: s, past: ed, future: `va a ${base}`, meant: `tenía previsto ${base}` });
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const onDate = (date: string) => (/^\d{1,2}\s/.test(date) ? `el ${date}` : `en ${date}`);

/** The lower age of a range without its unit when the upper one has the same: "18 años", "65 años" → "18". */
const sameUnit = (min: string, max: string) => {
  const [, number, unit] = /^(.*\S)\s+(\S+)$/.exec(min) ?? [];
  return number !== undefined && unit !== undefined && max.endsWith(` ${unit}`) ? number : min;
};

const READING_LEVEL: Record<ReadingLevel, string> = {
  easy: 'fácil',
  plain: 'sencillo',
  'high-school': 'de escuela secundaria',
  college: 'universitario',
  graduate: 'de posgrado universitario',
};

const AGE_UNITS: Record<string, [string, string]> = {
  Years: ['año', 'años'],
  Months: ['mes', 'meses'],
  Weeks: ['semana', 'semanas'],
  Days: ['día', 'días'],
  Hours: ['hora', 'horas'],
  Minutes: ['minuto', 'minutos'],
};

export const es: Strings = {
  /** The BCP 47 language of this table. */
  lang: 'es',
  /** Whether a clinician has reviewed the explanations below. */
  explanationsReviewed: false,

  state: {
    loading: (nct: string) => `Cargando el estudio ${nct} desde ClinicalTrials.gov…`,
    loaded: (title: string) => `Estudio cargado: ${title}`,
    retry: 'Intentar de nuevo',
    viewOnRegistry: 'Ver este estudio en ClinicalTrials.gov',
    errorHeading: 'No se pudo mostrar este estudio',
    error: {
      'invalid-id': (value: string) =>
        `“${value}” no es un número de estudio de ClinicalTrials.gov. Los números de estudio son así: NCT01234567.`,
      config: (value: string) =>
        `Esta página está configurada para leer estudios de “${value}”, que no es una dirección web que la tarjeta pueda usar.`,
      'not-found': (nct: string) =>
        `ClinicalTrials.gov no tiene ningún estudio ${nct}. Puede que el número esté mal escrito o que el estudio se haya eliminado.`,
      http: (status: number | undefined) =>
        status === 429
          ? 'ClinicalTrials.gov está muy ocupado en este momento. Espere un minuto e intente de nuevo.'
          : status !== undefined && status >= 500
            ? 'ClinicalTrials.gov tiene un problema en este momento. Intente de nuevo más tarde.'
            : `ClinicalTrials.gov no pudo responder a esta solicitud (error ${status ?? 'desconocido'}).`,
      network:
        'No se pudo conectar con ClinicalTrials.gov. Revise su conexión a internet e intente de nuevo.',
      timeout: 'ClinicalTrials.gov tardó demasiado en responder. Intente de nuevo.',
      parse:
        'ClinicalTrials.gov envió una respuesta que esta tarjeta no pudo leer. Intente de nuevo más tarde.',
      mismatch: (nct: string) =>
        `ClinicalTrials.gov envió un estudio distinto de ${nct}, por eso no se muestra.`,
    },
    /** Logged to the console for site owners, not shown to readers. The README section keeps its English name. */
    networkHint: (url: string) =>
      `<trial-summary>: no se pudo conectar con ${url}. Si este navegador puede llegar al registro, puede que el ` +
      `registro no permita solicitudes de origen cruzado (cross-origin) desde este sitio: ponga en el atributo ` +
      `api-base del elemento un proxy del mismo origen (por ejemplo api-base="/ctgov/api/v2"). Vea la sección ` +
      `"Why a site may need api-base" del README.`,
  },

  status: {
    ACTIVE_NOT_RECRUITING: 'En curso, no busca participantes',
    COMPLETED: 'Completado',
    ENROLLING_BY_INVITATION: 'Inscripción solo por invitación',
    NOT_YET_RECRUITING: 'Todavía no busca participantes',
    RECRUITING: 'Buscando participantes',
    SUSPENDED: 'En pausa (suspendido)',
    TERMINATED: 'Detenido antes de tiempo (terminado)',
    WITHDRAWN: 'Retirado antes de que nadie participara',
    AVAILABLE: 'Disponible (acceso ampliado)',
    NO_LONGER_AVAILABLE: 'Ya no está disponible',
    TEMPORARILY_NOT_AVAILABLE: 'No disponible por el momento',
    APPROVED_FOR_MARKETING: 'Aprobado para la venta',
    WITHHELD: 'Estado no publicado',
    UNKNOWN: 'Estado desconocido',
  } as Record<string, string>,

  phase: {
    EARLY_PHASE1: 'Fase 1 temprana',
    PHASE1: 'Fase 1',
    PHASE2: 'Fase 2',
    PHASE3: 'Fase 3',
    PHASE4: 'Fase 4',
    NA: 'No aplica (este tipo de estudio no tiene fases)',
  } as Record<string, string>,
  /** Two phases at once, e.g. "Fase 1 y 2". */
  phases: (names: string[]) => {
    const [first, second, ...rest] = names;
    return first &&
      second &&
      rest.length === 0 &&
      /^Fase \d$/.test(first) &&
      /^Fase \d$/.test(second)
      ? `Fase ${first.slice(5)} y ${second.slice(5)}`
      : names.join(' / ');
  },

  studyType: {
    INTERVENTIONAL: 'Intervencional (prueba un tratamiento u otra intervención)',
    OBSERVATIONAL: 'Observacional (observa y mide, no asigna ningún tratamiento)',
    EXPANDED_ACCESS: 'Acceso ampliado (un tratamiento que se ofrece fuera de un ensayo)',
  } as Record<string, string>,

  summary: {
    heading: 'Resumen',
    readMore: 'Leer la descripción detallada',
    readability: (level: ReadingLevel) =>
      `El texto original del registro, en inglés, tiene un nivel de lectura ${READING_LEVEL[level]}.`,
    continues: 'El texto del registro continúa en ClinicalTrials.gov.',
  },

  header: {
    studyNumber: 'Número del estudio',
    sponsor: 'Patrocinador',
    status: 'Estado',
    phase: 'Fase',
    studyType: 'Tipo de estudio',
    officialTitle: 'Título oficial',
    registryTitle: 'Título en el registro',
    lastKnown: (status: string) => `último estado conocido: ${status}`,
    asOf: (date: string) => `a fecha de ${date}`,
  },

  join: {
    label: '¿Puedo participar?',
    answer: (j: {
      state: JoinState;
      status?: string;
      asOf?: string;
      stale: boolean;
      start?: { date: string; passed: boolean };
      lastKnown?: string;
      lastKnownOpen?: boolean;
      sites?: { recruiting: string; total: string; count: number; of: number };
    }): string => {
      const asOf = j.asOf
        ? `, a fecha de ${j.asOf}.`
        : '. El registro no dice cuándo se revisó por última vez.';
      const sites =
        j.sites === undefined
          ? ''
          : j.sites.count === 0
            ? ' El registro no muestra ningún centro que ya busque participantes.'
            : ` ${j.sites.recruiting} de ${j.sites.of === 1 ? '1 centro' : `${j.sites.total} centros`} ${j.stale ? (j.sites.count === 1 ? 'buscaba' : 'buscaban') : j.sites.count === 1 ? 'busca' : 'buscan'} participantes.`;
      switch (j.state) {
        case 'recruiting':
          return j.stale
            ? `Tal vez: el estudio buscaba personas para participar${asOf} Puede que esto haya cambiado.${sites}`
            : `Tal vez: el estudio busca personas para participar${asOf}${sites}`;
        case 'not-yet-recruiting':
          return `Todavía no: el estudio aún no ha empezado a buscar personas${asOf}${
            j.start
              ? j.start.passed
                ? ` Tenía previsto empezar ${onDate(j.start.date)}. Esa fecha ya pasó y el registro no se actualizó.`
                : ` Espera empezar ${onDate(j.start.date)}.`
              : ''
          }${sites}`;
        case 'by-invitation':
          return j.status === 'AVAILABLE'
            ? `No como estudio: un médico puede pedir este tratamiento para un paciente por medio de este programa${asOf}`
            : `Solo con invitación: el equipo del estudio elige quién participa y usted no puede inscribirse por su cuenta${asOf}`;
        case 'not-taking-new-people':
          return `No: el estudio sigue en curso, pero no acepta personas nuevas${asOf}`;
        case 'paused':
          return j.status === 'TEMPORARILY_NOT_AVAILABLE'
            ? `Ahora no: este programa no está disponible por ahora${asOf}`
            : `Ahora no: el estudio está en pausa y nadie puede entrar${asOf} Puede volver a empezar o detenerse del todo.`;
        case 'ended':
          return j.status === 'TERMINATED'
            ? 'No: el estudio se detuvo antes de tiempo.'
            : j.status === 'NO_LONGER_AVAILABLE'
              ? 'No: este programa ya no está disponible.'
              : j.status === 'APPROVED_FOR_MARKETING'
                ? 'No: este programa terminó. El tratamiento fue aprobado para la venta.'
                : 'No: el estudio terminó.';
        case 'withdrawn':
          return 'No: el estudio se retiró antes de que participara nadie.';
        case 'unknown':
          return `${j.lastKnown && !j.lastKnownOpen ? 'Probablemente no' : 'No se sabe'}: ${
            j.asOf
              ? `el equipo del estudio no ha confirmado el estado desde ${j.asOf}.`
              : 'el registro no dice si el estudio acepta personas.'
          }${j.lastKnown ? ` El último estado que dio fue: ${j.lastKnown}.` : ''}${
            j.lastKnown && !j.lastKnownOpen ? '' : ' Pregunte al equipo del estudio.'
          }`;
      }
    },
    means: (sites: boolean): string =>
      `Participar nunca es automático: primero hay pruebas (selección) y el equipo del estudio decide quién puede entrar.${
        sites ? ' Puede que no todos los centros estén abiertos todavía.' : ''
      }`,
    expandedAccess:
      'Puede haber otra forma de recibir este tratamiento: el registro dice que hay acceso ampliado a él, fuera del estudio. Pregunte a su médico.',
    expandedAccessLink: (nct: string) => `Registro de acceso ampliado ${nct}`,
  },

  headline: {
    stage: {
      EARLY_PHASE1: 'Estudio muy temprano',
      PHASE1: 'Estudio temprano de seguridad',
      PHASE1_PHASE2: 'Estudio en etapa temprana',
      PHASE2: 'Estudio en etapa intermedia',
      PHASE2_PHASE3: 'Estudio en etapa intermedia a avanzada',
      PHASE3: 'Estudio en etapa avanzada',
      PHASE4: 'Estudio de fase 4',
      NA: 'Estudio',
      OTHER: 'Estudio',
      OBSERVATIONAL: 'Estudio observacional',
      EXPANDED_ACCESS: 'Acceso ampliado',
    } satisfies Record<HeadlineParts['stage'], string>,
    /** After "Estudio …" or "Acceso ampliado …": masculine singular. */
    status: {
      ACTIVE_NOT_RECRUITING: 'en curso',
      COMPLETED: 'completado',
      ENROLLING_BY_INVITATION: 'por invitación',
      NOT_YET_RECRUITING: 'aún no busca participantes',
      RECRUITING: 'busca participantes',
      SUSPENDED: 'en pausa',
      TERMINATED: 'detenido antes de tiempo',
      WITHDRAWN: 'retirado',
      AVAILABLE: 'disponible',
      NO_LONGER_AVAILABLE: 'ya no disponible',
      TEMPORARILY_NOT_AVAILABLE: 'no disponible por ahora',
      APPROVED_FOR_MARKETING: 'aprobado',
      WITHHELD: 'estado no publicado',
      UNKNOWN: 'estado desconocido',
    } as Record<string, string>,
    /** Headlines from most to least detailed; the card takes the first short enough, else the brief title. */
    candidates: (h: HeadlineParts, list: (items: string[]) => string): string[] => {
      const [first, second, ...rest] = h.interventions;
      const condition = h.conditions[0];
      const status = h.status === undefined ? undefined : es.headline.status[h.status];
      const stage = es.headline.stage[h.stage];
      const withStatus = (core: string[]) =>
        core.flatMap((c) => (status ? [`${c} — ${status}`, c] : [c]));
      if (h.stage === 'OBSERVATIONAL') {
        return condition ? withStatus([`${stage} sobre ${condition}`]) : [];
      }
      if (!first || !condition) return [];
      const what =
        second === undefined
          ? [first]
          : rest.length === 0
            ? [list([first, second]), `${first} y otra intervención`]
            : [`${first} y ${rest.length + 1} intervenciones más`];
      // "Estudio en etapa avanzada de X para Y", "Acceso ampliado a X para Y".
      const joiner = h.stage === 'EXPANDED_ACCESS' ? 'a' : 'de';
      return withStatus([
        ...what.map((w) => `${stage} ${joiner} ${w} para ${condition}`),
        `${stage} ${joiner} ${first}`,
      ]);
    },
  },

  meaning: {
    heading: 'Qué podría significar esto',
    intro:
      'Esta es nuestra lectura sencilla del registro. No es un consejo médico y no predice lo que va a pasar.',
    reviewNote:
      'Quienes hicieron esta tarjeta escribieron estas notas a partir del registro. Ningún médico las ha revisado todavía.',
    substance: 'Sustancia activa',
    tested: (tense: Tense) =>
      by(tense, {
        present: 'Qué se está probando',
        past: 'Qué se probó',
        future: 'Qué se va a probar',
        meant: 'Qué se iba a probar',
      }),
    compared: (tense: Tense) =>
      by(tense, {
        present: 'Con qué se compara',
        past: 'Con qué se comparó',
        future: 'Con qué se va a comparar',
        meant: 'Con qué se iba a comparar',
      }),
    everyone: (tense: Tense) =>
      by(tense, {
        present: 'Lo que reciben todos los grupos',
        past: 'Lo que recibieron todos los grupos',
        future: 'Lo que van a recibir todos los grupos',
        meant: 'Lo que iban a recibir todos los grupos',
      }),
    measures: 'Se usa solo para revisar o medir',
    observed: (tense: Tense) =>
      by(tense, {
        present: 'Qué observa el estudio',
        past: 'Qué observó el estudio',
        future: 'Qué va a observar el estudio',
        meant: 'Qué iba a observar el estudio',
      }),
    otherNames: 'También conocido como',
    about: 'Sobre este estudio',
    leadTo: 'A qué podría llevar esto',
    goWrong: 'Qué podría salir mal',
    trust: 'Qué tan al día está este registro',
    noRisks:
      'El registro no menciona señales de alerta específicas. Todo estudio puede tener efectos secundarios y otros riesgos: pregunte al equipo del estudio sobre ellos.',
    ownWords: 'Mostrar el texto original del registro (en inglés)',
    ownWordsIntro:
      'Los campos del registro en los que se basan las frases de arriba, tal como los da el registro:',
    more: (count: number) => `y ${count} más`,
  },

  interventionType: {
    BEHAVIORAL: 'programa de conducta o de estilo de vida',
    BIOLOGICAL:
      'producto biológico (como una vacuna, un producto de la sangre o una terapia celular)',
    COMBINATION_PRODUCT: 'producto combinado (como un medicamento con un dispositivo)',
    DEVICE: 'dispositivo médico',
    DIAGNOSTIC_TEST: 'prueba de diagnóstico',
    DIETARY_SUPPLEMENT: 'suplemento dietético',
    DRUG: 'medicamento',
    GENETIC: 'tratamiento genético o prueba genética',
    PROCEDURE: 'procedimiento o cirugía',
    RADIATION: 'radiación',
    OTHER: 'otro',
  } as Record<string, string>,

  facts: {
    tested: (items: string, tense: Tense) =>
      `El estudio ${verb(tense, 'probar', 'prueba', 'probó')} ${items}.`,
    testedItem: (name: string, type: string | undefined) => (type ? `${name} (${type})` : name),
    compared: (
      c: { names?: string; placebo: boolean; sham: boolean; none: boolean; armless?: boolean },
      tense: Tense,
    ) => {
      const get = receive(tense);
      const gets = receive(tense, true);
      return [
        c.names && c.armless
          ? `El estudio ${by(tense, { present: 'compara lo que prueba', past: 'comparó lo que probó', future: 'va a comparar lo que prueba', meant: 'iba a comparar lo que probaba' })} con ${c.names}.`
          : c.names
            ? `Para comparar, algunas personas ${get} ${c.names} en su lugar.`
            : '',
        c.placebo && c.sham
          ? `Algunas personas ${get} un placebo o una simulación en su lugar: un tratamiento o un procedimiento falso.`
          : c.placebo
            ? `Algunas personas ${get} un placebo en su lugar. Un placebo es un tratamiento falso, sin medicamento.`
            : c.sham
              ? `Algunas personas ${get} una simulación en su lugar: un procedimiento falso que parece real.`
              : '',
        c.none ? `Un grupo no ${gets} lo que se prueba, para comparar.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
    dummyInTested: (tense: Tense) => {
      const get = receive(tense);
      return `Algunos grupos que ${get} lo que se prueba también ${get} un placebo o una simulación en algunos momentos, según el registro.`;
    },
    dummyMentioned: (placebo: boolean, sham: boolean): string =>
      `El título o el resumen del registro menciona ${placebo && sham ? 'un placebo o una simulación' : placebo ? 'un placebo' : 'una simulación'}. No dice quién lo recibe.`,
    everyone: (items: string, tense: Tense) =>
      `Todos ${by(tense, { present: 'reciben también', past: 'recibieron también', future: 'van a recibir también', meant: 'iban a recibir también' })} ${items}.`,
    measures: (items: string, count: number, tense: Tense) =>
      `${cap(items)} ${by(tense, {
        present: count === 1 ? 'se usa' : 'se usan',
        past: count === 1 ? 'se usó' : 'se usaron',
        future: count === 1 ? 'se va a usar' : 'se van a usar',
        meant: count === 1 ? 'se iba a usar' : 'se iban a usar',
      })} para revisar o medir, no como lo que se prueba.`,
    population: (p: {
      conditions?: string;
      ages?: string;
      sex?: string;
      about?: boolean;
      join: JoinState;
      some: boolean;
      tense: Tense;
      observational?: boolean;
    }) => {
      const open =
        p.join === 'recruiting' || p.join === 'by-invitation' || p.join === 'not-yet-recruiting';
      const people = p.conditions && p.some && !p.about ? ' algunas personas' : ' personas';
      const forWhom = p.observational
        ? by(p.tense, {
            present: 'Observa a personas',
            past: 'Observó a personas',
            future: 'Va a observar a personas',
            meant: 'Tenía previsto observar a personas',
          })
        : p.join === 'not-taking-new-people' || p.join === 'paused'
          ? `Incluye a${people}`
          : by(p.tense, {
              present: 'Es para',
              past: 'Fue para',
              future: 'Va a ser para',
              meant: 'Estaba pensado para',
            }) + people;
      const tail = `${p.ages ? ` ${p.ages}` : ''}${p.sex ? `, ${p.sex}` : ''}.`;
      const more =
        p.some && open
          ? ' Hay más reglas sobre quién puede participar: vea «Quiénes pueden participar».'
          : '';
      if (p.about && p.conditions) {
        const is = by(p.tense, {
          present: 'trata',
          past: 'trató',
          future: 'va a tratar',
          meant: 'iba a tratar',
        });
        return `El estudio ${is} sobre ${p.conditions}. ${forWhom.replace(' algunas personas', ' personas')}${tail}${more}`;
      }
      return `${forWhom}${p.conditions ? ` con ${p.conditions}` : ''}${p.ages ? `${p.conditions ? ',' : ''} ${p.ages}` : ''}${p.sex ? `, ${p.sex}` : ''}.${more}`;
    },
    observed: (o: { conditions?: string; perspective?: string }, tense: Tense) => {
      const about = o.conditions
        ? `El estudio ${by(tense, { present: 'trata', past: 'trató', future: 'va a tratar', meant: 'iba a tratar' })} sobre ${o.conditions}.`
        : 'El estudio';
      const it = o.conditions ? '' : ' ';
      const what =
        o.perspective === 'RETROSPECTIVE'
          ? `${verb(tense, 'revisar', 'revisa', 'revisó')} registros del pasado`
          : o.perspective === 'PROSPECTIVE'
            ? `${verb(tense, 'seguir', 'sigue', 'siguió')} a los participantes a lo largo del tiempo`
            : o.perspective === 'CROSS_SECTIONAL'
              ? `${verb(tense, 'observar', 'observa', 'observó')} a los participantes en un solo momento`
              : `${verb(tense, 'observar y medir', 'observa y mide', 'observó y midió')} lo que les pasa a los participantes`;
      const no =
        'El registro lo clasifica como observacional: estos estudios observan y miden, y no asignan tratamientos.';
      return o.conditions ? `${about} ${cap(what)}. ${no}` : `${about}${it}${what}. ${no}`;
    },
    observedPopulation: 'Cómo describe el equipo del estudio a sus participantes:',
    /** "de 18 a 65 años" (the unit once when both ages have it), "de 18 años o más", "de hasta 17 años". */
    ages: (min: string | undefined, max: string | undefined) =>
      min && max
        ? `de ${sameUnit(min, max)} a ${max}`
        : min
          ? `de ${min} o más`
          : max
            ? `de hasta ${max}`
            : undefined,
    age: (n: string, unit: string, count: number) => {
      const [one, many] = (Object.hasOwn(AGE_UNITS, unit) ? AGE_UNITS[unit] : undefined) ?? [
        unit,
        unit,
      ];
      return `${n} ${count === 1 ? one : many}`;
    },
    sex: { FEMALE: 'solo mujeres', MALE: 'solo hombres' } as Record<string, string>,
    healthyVolunteers: (accepted: boolean, tense: Tense | 'record') => {
      if (tense === 'record')
        return `El registro dice que las personas sanas ${accepted ? 'también pueden' : 'no pueden'} participar.`;
      const can = tense === 'past' || tense === 'meant' ? 'podían' : 'pueden';
      return accepted
        ? `Las personas sanas también ${can} participar.`
        : `Las personas sanas no ${can} participar.`;
    },
    allocation: (allocation: string, tense: Tense): string | undefined => {
      const are = by(tense, {
        present: 'se asignan',
        past: 'se asignaron',
        future: 'se van a asignar',
        meant: 'se iban a asignar',
      });
      return allocation === 'RANDOMIZED'
        ? `Las personas ${are} a los grupos al azar.`
        : allocation === 'NON_RANDOMIZED'
          ? `Las personas no ${are} a los grupos al azar.`
          : undefined;
    },
    model: (model: string, tense: Tense): string | undefined => {
      const get = receive(tense);
      switch (model) {
        case 'SINGLE_GROUP':
          return `${by(tense, { present: 'Hay', past: 'Hubo', future: 'Va a haber', meant: 'Iba a haber' })} un solo grupo, sin otro grupo con el que comparar.`;
        case 'PARALLEL':
          return `Las personas ${by(tense, { present: 'están', past: 'estuvieron', future: 'van a estar', meant: 'iban a estar' })} en grupos separados al mismo tiempo.`;
        case 'CROSSOVER':
          return `Cada persona ${receive(tense, true)} los tratamientos uno después del otro.`;
        case 'FACTORIAL':
          return `Los grupos ${get} distintas mezclas de dos o más tratamientos.`;
        case 'SEQUENTIAL':
          return `Los grupos ${by(tense, { present: 'empiezan', past: 'empezaron', future: 'van a empezar', meant: 'iban a empezar' })} uno después del otro.`;
        default:
          return undefined;
      }
    },
    /** `who` is a list of `whoMasked` entries, all plural, so the verb is plural. */
    masking: (masking: string, who: string | undefined, tense: Tense) => {
      const past = tense === 'past' || tense === 'meant';
      const gets = past ? 'recibía' : 'recibe';
      const know = by(tense, {
        present: 'saben',
        past: 'sabían',
        future: 'van a saber',
        meant: 'iban a saber',
      });
      return masking === 'NONE'
        ? `Todos ${know} qué tratamiento ${past ? 'recibía' : 'recibe'} cada uno.`
        : `Para que los resultados ${past ? 'fueran' : 'sean'} justos, ${who ?? 'algunas personas del estudio'} no ${know} quién ${gets} cada tratamiento.`;
    },
    whoMasked: {
      PARTICIPANT: 'los participantes',
      CARE_PROVIDER: 'su equipo médico',
      INVESTIGATOR: 'los investigadores',
      OUTCOMES_ASSESSOR: 'los evaluadores de los resultados',
    } as Record<string, string>,
    enrollment: (
      n: string,
      count: number,
      estimated: boolean,
      retrospective: boolean,
      tense: Tense,
    ) => {
      const past = tense === 'past' || tense === 'meant';
      return estimated
        ? past
          ? `Se esperaba que ${count === 1 ? 'participara' : 'participaran'} alrededor de ${people(n, count)}.`
          : `Se espera que ${willTakePart(count)} alrededor de ${people(n, count)}.`
        : count === 0
          ? 'No participó nadie.'
          : retrospective
            ? `${past ? 'Incluyó' : 'Incluye'} los historiales de ${people(n, count)}.`
            : past
              ? `${count === 1 ? 'Participó' : 'Participaron'} ${people(n, count)}.`
              : `${count === 1 ? 'Se ha unido' : 'Se han unido'} ${people(n, count)}.`;
    },
  },

  /** "Este estudio de fase 2 prueba una forma de tratar el melanoma. En este paso intermedio, …" */
  outlook: (o: {
    studyType?: string;
    purpose?: string;
    phaseName?: string;
    phases: string[];
    conditions: string;
    tense: Tense;
  }) => {
    const c = o.conditions;
    if (o.studyType === 'OBSERVATIONAL') {
      return 'En estudios como este, los investigadores no deciden quién recibe qué tratamiento: observan y miden. Lo que descubren puede ayudar a planear la investigación y la atención en el futuro.';
    }
    if (o.studyType === 'EXPANDED_ACCESS') {
      return `Este ${o.tense === 'present' ? 'es' : 'fue'} un programa de acceso ampliado: una forma de recibir un tratamiento fuera de un ensayo clínico, para personas con ${c}.`;
    }
    const test = verb(o.tense, 'probar', 'prueba', 'probó');
    const purpose: Record<string, string> = {
      TREATMENT: `${test} una forma de tratar ${c}`,
      PREVENTION: `${test} una forma de prevenir ${c}`,
      DIAGNOSTIC: `${test} una forma de diagnosticar ${c}`,
      SUPPORTIVE_CARE: `${test} una forma de hacer la vida más fácil a las personas con ${c}`,
      SCREENING: `${test} una forma de detectar ${c} a tiempo`,
      HEALTH_SERVICES_RESEARCH: `${verb(o.tense, 'analizar', 'analiza', 'analizó')} cómo se da la atención para ${c}`,
      BASIC_SCIENCE: `${verb(o.tense, 'buscar', 'busca', 'buscó')} entender mejor ${c}`,
      DEVICE_FEASIBILITY: `${verb(o.tense, 'revisar', 'revisa', 'revisó')} si un dispositivo para ${c} es práctico de usar`,
      ECT: `${test} enseñanza, orientación o capacitación para ${c}`,
    };
    const what =
      (o.purpose !== undefined && Object.hasOwn(purpose, o.purpose)
        ? purpose[o.purpose]
        : undefined) ??
      `${by(o.tense, { present: 'trata', past: 'trató', future: 'va a tratar', meant: 'iba a tratar' })} sobre ${c}`;
    const step = outlookStep(o.phases);
    // "Fase 2" → "Este estudio de fase 2", "Fase 1 temprana" → "Este estudio de fase 1 temprana".
    const subject = o.phaseName
      ? `Este estudio de ${o.phaseName.charAt(0).toLowerCase()}${o.phaseName.slice(1)}`
      : 'Este estudio';
    return step ? `${subject} ${what}. ${step}` : `${subject} ${what}.`;
  },
  theCondition: 'la afección estudiada',
  andMore: (count: number) => `${count} más`,

  risks: {
    phase: {
      EARLY_PHASE1:
        'Los estudios muy tempranos dan una cantidad pequeña de un tratamiento a pocas personas. Todavía no se sabe mucho sobre su seguridad y sus efectos.',
      PHASE1:
        'Los estudios de fase 1 suelen ser la primera vez que se da un tratamiento a personas. El objetivo principal es encontrar una dosis segura y conocer los efectos secundarios.',
      PHASE1_PHASE2:
        'Los estudios que unen la fase 1 y la fase 2 revisan primero la seguridad y la dosis, y luego si el tratamiento tiene efecto. Todavía no se sabe mucho sobre el tratamiento.',
      PHASE2:
        'Los estudios de fase 2 observan si un tratamiento tiene efecto y cuáles son sus efectos secundarios. Puede que los efectos secundarios raros todavía no se vean.',
      PHASE2_PHASE3:
        'Los estudios que unen la fase 2 y la fase 3 revisan primero si el tratamiento tiene efecto, y luego lo prueban en más personas.',
      PHASE3:
        'Los estudios de fase 3 prueban un tratamiento en muchas personas, a menudo frente a la atención habitual o a un placebo. Puede que todavía no se vean efectos secundarios raros o a largo plazo.',
      PHASE4:
        'Los estudios de fase 4 estudian, por lo general, un tratamiento ya aprobado para al menos un uso. Buscan saber más sobre sus efectos buenos y malos.',
      NA: 'Este estudio no tiene fase. Las fases se usan sobre todo en estudios de medicamentos nuevos.',
    } satisfies Record<PhaseKey, string>,
    status: {
      ACTIVE_NOT_RECRUITING:
        'El estudio sigue en curso, así que todavía no se conocen sus resultados finales.',
      COMPLETED: 'El estudio terminó, así que no busca personas.',
      ENROLLING_BY_INVITATION:
        'Solo pueden entrar las personas que invita el equipo del estudio. Usted no puede inscribirse por su cuenta.',
      NOT_YET_RECRUITING:
        'El estudio todavía no ha empezado. Sus planes y sus fechas aún pueden cambiar.',
      RECRUITING: 'El estudio todavía está en marcha, así que nadie sabe aún sus resultados.',
      SUSPENDED: 'El estudio está en pausa. Puede volver a empezar o puede terminar para siempre.',
      TERMINATED:
        'El estudio se detuvo antes de tiempo. Puede que no responda a la pregunta que quería responder.',
      WITHDRAWN: 'El estudio se detuvo antes de que nadie entrara.',
      AVAILABLE:
        'Esto no es un ensayo clínico. Un médico puede pedir el tratamiento para un paciente. Puede que el tratamiento todavía no esté aprobado.',
      NO_LONGER_AVAILABLE: 'Ya no se puede pedir el tratamiento por medio de este programa.',
      TEMPORARILY_NOT_AVAILABLE:
        'En este momento no se puede pedir el tratamiento. Esto puede cambiar más adelante.',
      APPROVED_FOR_MARKETING: 'El tratamiento fue aprobado para la venta.',
      WITHHELD: 'El registro no muestra el estado de este programa.',
      UNKNOWN:
        'El equipo del estudio no ha confirmado el estado de este estudio desde hace más de dos años. Puede que el registro no esté al día.',
    } as Record<string, string>,
    whyStopped: 'El motivo que se dio, en las propias palabras del patrocinador:',
    asOf: (date: string) => `El equipo del estudio lo confirmó por última vez ${onDate(date)}.`,
    unchecked: 'El registro no dice cuándo lo confirmó por última vez el equipo del estudio.',
    'single-arm': (tense: Tense) =>
      by(tense, {
        present:
          'Hay un solo grupo, así que no hay otro grupo con el que comparar. Esto hace más difícil saber qué cambios vienen del tratamiento.',
        past: 'Hubo un solo grupo, así que no hubo otro grupo con el que comparar. Esto hace más difícil saber qué cambios vinieron del tratamiento.',
        future:
          'Va a haber un solo grupo, así que no va a haber otro grupo con el que comparar. Esto hace más difícil saber qué cambios vienen del tratamiento.',
        meant:
          'Iba a haber un solo grupo, sin otro grupo con el que comparar. Esto hace más difícil saber qué cambios vienen del tratamiento.',
      }),
    'open-label': (tense: Tense) =>
      by(tense, {
        present:
          'Todos saben qué tratamiento recibe cada uno. Esto puede cambiar cómo las personas juzgan y cuentan lo que pasa.',
        past: 'Todos sabían qué tratamiento recibía cada uno. Esto puede cambiar cómo las personas juzgan y cuentan lo que pasó.',
        future:
          'Todos van a saber qué tratamiento recibe cada uno. Esto puede cambiar cómo las personas juzgan y cuentan lo que pasa.',
        meant:
          'Todos iban a saber qué tratamiento recibía cada uno. Esto puede cambiar cómo las personas juzgan y cuentan lo que pasa.',
      }),
    placebo: (placebo: boolean, sham: boolean) =>
      placebo && sham
        ? 'Si usted participa, puede quedar en un grupo que recibe un placebo o una simulación, y no el tratamiento que se prueba.'
        : placebo
          ? 'Si usted participa, puede recibir un placebo y no el tratamiento que se prueba. Un placebo es un tratamiento falso, sin medicamento.'
          : 'Si usted participa, puede quedar en un grupo que recibe una simulación (un procedimiento o un aparato falso), y no el real.',
    smallEnrollment: (n: string, count: number, estimated: boolean, tense: Tense) =>
      count === 0
        ? 'El registro dice que no participó nadie.'
        : estimated
          ? tense === 'past' || tense === 'meant'
            ? `Se esperaba que solo ${count === 1 ? 'participara' : 'participaran'} alrededor de ${people(n, count)}. Los resultados de los estudios pequeños dejan más dudas.`
            : `Se espera que solo ${willTakePart(count)} alrededor de ${people(n, count)}. Los resultados de los estudios pequeños dejan más dudas.`
          : `Solo ${tookPart(count)} ${people(n, count)}. Los resultados de los estudios pequeños dejan más dudas.`,
    noResults: (ended: string | undefined) =>
      ended
        ? `El estudio terminó ${onDate(ended)} y no se han publicado resultados en ClinicalTrials.gov.`
        : 'El estudio terminó y no se han publicado resultados en ClinicalTrials.gov.',
    seriousIntro: (interventional: boolean) =>
      interventional
        ? 'Problemas de salud graves por cualquier causa que se informaron durante el estudio, por grupo. El registro los cuenta sea cual sea su causa. No dice si el tratamiento los causó.'
        : 'Problemas de salud graves por cualquier causa que se informaron durante el estudio, por grupo. El registro los cuenta sea cual sea su causa.',
    group: (g: GroupShare, n: (x: number) => string, pct: (x: number) => string) =>
      `${g.title}: ${n(g.affected)} de ${people(n(g.atRisk), g.atRisk)} (${pct(g.affected / g.atRisk)})`,
    deathsIntro:
      'Muertes por cualquier causa que se informaron durante el estudio, por grupo. Incluye las muertes por la propia enfermedad. El registro no dice qué las causó.',
    otherIntro:
      'Otros problemas de salud menos graves, por cualquier causa, que se informaron durante el estudio, por grupo:',
    timeFrame: 'Durante cuánto tiempo se contaron, en palabras del registro:',
    topEvents:
      'Los problemas graves que se informaron más a menudo, cada uno con el grupo donde fue más común:',
    event: (e: NamedEvent, n: (x: number) => string) =>
      e.group !== undefined && e.atRisk !== undefined
        ? `${e.term}: ${n(e.affected)} de ${people(n(e.atRisk), e.atRisk)} en el grupo «${e.group}»`
        : `${e.term} (${people(n(e.affected), e.affected)} en un grupo)`,
    glance: {
      caption: (deaths: boolean) =>
        deaths
          ? 'Problemas de salud graves y muertes por cualquier causa, por grupo'
          : 'Problemas de salud graves por cualquier causa, por grupo',
      group: 'Grupo (nombre según el registro)',
      serious: 'Tuvieron un problema de salud grave (cualquier causa)',
      deaths: 'Murieron (cualquier causa)',
      share: (affected: string, atRisk: string, count: number, pct: string) =>
        `${affected} de ${people(atRisk, count)} (${pct})`,
    },
  },

  papers: {
    heading: 'Artículos que el registro incluye con sus resultados',
    intro:
      'El equipo del estudio incluyó estos artículos con los resultados. Algunos pueden ser lecturas de fondo de antes del estudio.',
    link: (pmid: string) => `PubMed ${pmid}`,
  },

  trust: {
    notVerified: (date: string) =>
      `El equipo del estudio confirmó por última vez el estado de este estudio ${onDate(date)}. Puede que no esté al día.`,
    unknownStatus: (lastKnown: string | undefined) =>
      lastKnown
        ? `Un estado se marca como desconocido cuando el equipo del estudio no lo ha confirmado durante dos años. El último estado que dio fue: ${lastKnown}.`
        : 'Un estado se marca como desconocido cuando el equipo del estudio no lo ha confirmado durante dos años.',
    resultsPosted: (date: string) =>
      `Los resultados se publicaron en ClinicalTrials.gov ${onDate(date)}.`,
  },

  /** Labels for record fields in "Mostrar el texto original del registro": the registry's field names, translated. */
  fields: {
    [FIELD.nctId]: 'Número del estudio',
    [FIELD.officialTitle]: 'Título oficial',
    [FIELD.sponsor]: 'Patrocinador principal',
    [FIELD.briefSummary]: 'Resumen breve',
    [FIELD.detailedDescription]: 'Descripción detallada',
    [FIELD.genderBased]: 'Requisitos según el género',
    [FIELD.genderDescription]: 'Descripción de los requisitos de género',
    [FIELD.stdAges]: 'Grupos de edad',
    [FIELD.briefTitle]: 'Título breve',
    [FIELD.phases]: 'Fases',
    [FIELD.studyType]: 'Tipo de estudio',
    [FIELD.purpose]: 'Propósito principal',
    [FIELD.allocation]: 'Asignación',
    [FIELD.model]: 'Modelo de intervención',
    [FIELD.masking]: 'Enmascaramiento',
    [FIELD.whoMasked]: 'Quién está enmascarado',
    [FIELD.enrollment]: 'Inscripción',
    [FIELD.enrollmentType]: 'Tipo de inscripción',
    [FIELD.status]: 'Estado general',
    [FIELD.lastKnownStatus]: 'Último estado conocido',
    [FIELD.whyStopped]: 'Por qué se detuvo',
    [FIELD.verified]: 'Fecha de verificación del estado',
    [FIELD.primaryCompletion]: 'Fecha de finalización primaria',
    [FIELD.completion]: 'Fecha de finalización',
    [FIELD.resultsPosted]: 'Primera publicación de resultados',
    [FIELD.conditions]: 'Afecciones',
    [FIELD.interventionNames]: 'Nombres de las intervenciones',
    [FIELD.interventionTypes]: 'Tipos de intervención',
    [FIELD.armTypes]: 'Tipos de grupo',
    [FIELD.armLabels]: 'Nombres de los grupos',
    [FIELD.armDescriptions]: 'Descripciones de los grupos',
    [FIELD.minimumAge]: 'Edad mínima',
    [FIELD.maximumAge]: 'Edad máxima',
    [FIELD.sex]: 'Sexo',
    [FIELD.healthyVolunteers]: 'Acepta voluntarios sanos',
    [FIELD.hasResults]: 'Tiene resultados',
    [FIELD.groupTitles]: 'Títulos de los grupos (eventos adversos)',
    [FIELD.seriousAffected]: 'Eventos adversos graves: participantes afectados',
    [FIELD.seriousAtRisk]: 'Eventos adversos graves: participantes en riesgo',
    [FIELD.deathsAffected]: 'Muertes: participantes afectados',
    [FIELD.deathsAtRisk]: 'Muertes: participantes en riesgo',
    [FIELD.seriousTerms]: 'Términos de los eventos adversos graves',
    [FIELD.seriousStats]: 'Conteos de los eventos adversos graves',
    [FIELD.start]: 'Fecha de inicio',
    [FIELD.expandedAccess]: 'Acceso ampliado',
    [FIELD.siteStatuses]: 'Estado de reclutamiento de los centros',
    [FIELD.interventionArms]: 'Grupos de cada intervención',
    [FIELD.interventionDescriptions]: 'Descripciones de las intervenciones',
    [FIELD.timePerspective]: 'Perspectiva temporal',
    [FIELD.studyPopulation]: 'Población del estudio',
    [FIELD.criteria]: 'Criterios de participación',
    [FIELD.otherAffected]: 'Otros eventos adversos: participantes afectados',
    [FIELD.otherAtRisk]: 'Otros eventos adversos: participantes en riesgo',
    [FIELD.timeFrame]: 'Periodo de registro de los eventos adversos',
    [FIELD.references]: 'Referencias',
  } as Record<string, string>,

  conditions: {
    heading: 'Afecciones',
    registrant: 'Según el equipo del estudio',
    keywords: 'Palabras clave',
    mesh: 'Términos estándar que usa ClinicalTrials.gov',
  },

  eligibility: {
    heading: 'Quiénes pueden participar',
    ages: (min: string | undefined, max: string | undefined) =>
      min && max
        ? `De ${sameUnit(min, max)} a ${max}`
        : min
          ? `De ${min} o más`
          : max
            ? `Hasta ${max}`
            : 'Cualquier edad',
    /** The registry's standard age groups and the ages it defines them by. */
    stdAge: {
      CHILD: 'Niños (menores de 18 años)',
      ADULT: 'Adultos (de 18 a 64 años)',
      OLDER_ADULT: 'Adultos mayores (de 65 años o más)',
    } as Record<string, string>,
    sex: {
      ALL: 'Todos los sexos',
      FEMALE: 'Solo mujeres',
      MALE: 'Solo hombres',
    } as Record<string, string>,
    genderBased: 'Según la identidad de género',
    healthy: (accepted: boolean): string =>
      accepted ? 'Voluntarios sanos: sí' : 'Voluntarios sanos: no',
    criteria: 'Leer la lista completa de reglas para participar',
    headingPast: 'Quiénes podían participar',
    criteriaIntro: (open: boolean) =>
      open
        ? 'La lista propia del equipo del estudio, en inglés. Solo el equipo del estudio puede decirle con seguridad si usted puede participar.'
        : 'La lista propia del equipo del estudio, en inglés.',
  },

  contacts: {
    heading: 'Contactos y lugares',
    central: 'Contactar al equipo del estudio',
    officials: 'Personas a cargo del estudio',
    note: 'Nota del equipo del estudio',
    sites: 'Centros del estudio',
    siteCount: (n: string, count: number) => sites(n, count),
    showAll: (n: string) => `Mostrar los ${n} centros`,
    summary: (
      n: string,
      count: number,
      m: string,
      countries: number,
      recruiting: string | undefined,
      asOf: string | undefined,
    ) =>
      `${sites(n, count)} en ${countries === 1 ? `${m} país` : `${m} países`}${
        recruiting === undefined
          ? ''
          : `; ${recruiting} ${
              asOf
                ? `${recruiting === '1' ? 'buscaba' : 'buscaban'} participantes a fecha de ${asOf}`
                : `${recruiting === '1' ? 'busca' : 'buscan'} participantes ahora`
            }`
      }.`,
    country: 'País',
    allCountries: 'Todos los países',
    state: 'Estado o región',
    allStates: 'Todos los estados y regiones',
    search: 'Ciudad u hospital',
    nearMe: 'Ordenar por distancia desde donde estoy',
    geo: {
      asking: 'Pidiendo su ubicación al navegador…',
      sorted:
        'Ordenados por distancia desde donde usted está. Su ubicación no sale de este navegador.',
      noCoordinates: (n: string, count: number) =>
        count === 1
          ? `${n} centro no tiene posición en el mapa y aparece al final.`
          : `${n} centros no tienen posición en el mapa y aparecen al final.`,
      denied:
        'Usted no permitió que esta página use su ubicación, así que los centros no están ordenados por distancia. Puede elegir un país o escribir una ciudad.',
      unavailable:
        'Su ubicación no está disponible en este momento. Puede elegir un país o escribir una ciudad.',
    },
    away: (distance: string) => `a ${distance}`,
    distanceUnknown:
      'Distancia desconocida: el registro no da una posición en el mapa para este centro.',
    map: 'Mapa (OpenStreetMap)',
    showing: (n: string, count: number, total: string) =>
      count === 0
        ? 'Ningún centro coincide.'
        : `${count === 1 ? 'Se muestra' : 'Se muestran'} ${sites(n, count)} de ${total}.`,
    noMatch:
      'Ningún centro coincide. Pruebe otro país, o menos letras del nombre de la ciudad o del hospital.',
    range: (from: string, to: string, total: string) => `Centros del ${from} al ${to} de ${total}`,
    previous: (n: string) => (n === '1' ? 'Centro anterior' : `${n} centros anteriores`),
    next: (n: string) => (n === '1' ? 'Centro siguiente' : `${n} centros siguientes`),
    phone: 'Teléfono',
    extension: (ext: string) => `extensión ${ext}`,
    email: 'Correo electrónico',
    role: {
      CONTACT: 'Contacto',
      PRINCIPAL_INVESTIGATOR: 'Investigador principal',
      SUB_INVESTIGATOR: 'Subinvestigador',
      STUDY_CHAIR: 'Coordinador principal del estudio',
      STUDY_DIRECTOR: 'Director del estudio',
    } as Record<string, string>,
    /** After a site ("centro", masculine). */
    siteStatus: {
      ACTIVE_NOT_RECRUITING: 'No busca participantes aquí',
      COMPLETED: 'Terminado aquí',
      ENROLLING_BY_INVITATION: 'Solo por invitación',
      NOT_YET_RECRUITING: 'Todavía no busca participantes',
      RECRUITING: 'Buscando participantes',
      SUSPENDED: 'En pausa aquí',
      TERMINATED: 'Detenido aquí',
      WITHDRAWN: 'Retirado aquí',
      AVAILABLE: 'Disponible',
    } as Record<string, string>,
  },

  dates: {
    heading: 'Fechas',
    firstPosted: 'Primera publicación',
    lastUpdated: 'Última actualización',
    lastVerified: 'Última revisión del equipo del estudio',
    resultsPosted: 'Primera publicación de resultados',
    start: 'Inicio del estudio',
    primaryCompletion: 'Fin de la recolección de los datos principales (finalización primaria)',
    completion: 'Fin del estudio',
    estimated: 'fecha estimada',
    passed: 'fecha prevista; ya pasó y el registro no se actualizó',
    planned: 'fecha prevista; el estudio se retiró',
    /** The picture's label; the list of dates below it is its text equivalent. */
    timeline: 'Línea de tiempo de las fechas que se indican abajo',
    today: 'Hoy',
    legend:
      'Los números corresponden a la lista de abajo. Las marcas rellenas son fechas que ya pasaron; las marcas con línea de puntos son fechas estimadas. Una franja sombreada es un mes o un año: el registro no da el día exacto.',
  },

  glossary: {
    /** Shown once on a card that explains words. */
    note: 'Quienes hicieron esta tarjeta escribieron las explicaciones de las palabras. Ningún médico las ha revisado todavía.',
  },

  layout: {
    expand: 'Mostrar todo sobre este estudio',
  },

  disclaimer: {
    heading: 'Aviso',
    text: 'Esta tarjeta resume el registro del estudio solo para informar. No es un consejo médico y puede dejar fuera detalles que le importan. Lea el registro completo y hable con su médico sobre lo que aquí le importe.',
    source: 'Fuente: ClinicalTrials.gov, Biblioteca Nacional de Medicina de los Estados Unidos',
    retrieved: (when: string) => `consultado el ${when}`,
    link: 'Leer el registro completo del estudio en ClinicalTrials.gov',
    newTab: '(se abre en una pestaña nueva)',
  },

  signup: {
    heading: 'Recibir novedades',
    intro:
      'Inscríbase para recibir un correo electrónico cuando este estudio cambie, o cuando empiecen estudios nuevos sobre sus afecciones.',
    email: 'Correo electrónico',
    emailHint:
      'Su dirección se envía a quienes manejan esta inscripción para este sitio web, no a ClinicalTrials.gov ni al equipo del estudio.',
    topics: '¿Sobre qué quiere recibir noticias?',
    topicStudy: 'Cambios en este estudio',
    topicCondition: (condition: string) => `Estudios nuevos sobre ${condition}`,
    consent: 'Acepto recibir estos correos',
    // Rendered as: consent, consentAnd, terms, consentBoth, privacy ("… y acepto los términos de uso y la política de privacidad").
    consentAnd: 'y acepto',
    consentBoth: 'y',
    terms: 'los términos de uso',
    privacy: 'la política de privacidad',
    /** The consent sentence as plain text, as sent with the sign-up. */
    consentText: (terms: boolean, privacy: boolean) =>
      `Acepto recibir estos correos${
        terms && privacy
          ? ' y acepto los términos de uso y la política de privacidad'
          : terms
            ? ' y acepto los términos de uso'
            : privacy
              ? ' y acepto la política de privacidad'
              : ''
      }.`,
    honeypot: 'Deje este campo vacío',
    submit: 'Recibir novedades',
    sending: 'Enviando…',
    success: (email: string) => `Gracias. Las novedades llegarán a ${email}.`,
    failure: {
      http: (status: number | undefined) =>
        `No se pudo enviar su inscripción (el sitio web respondió con el error ${status ?? 'desconocido'}). Todo lo que escribió sigue aquí: intente de nuevo.`,
      network:
        'No se pudo enviar su inscripción: no se pudo conectar con el sitio web. Todo lo que escribió sigue aquí: intente de nuevo.',
      timeout:
        'El envío de su inscripción tardó demasiado. Todo lo que escribió sigue aquí: intente de nuevo.',
    },
    invalidEmail: 'Escriba una dirección de correo como nombre@example.com.',
    missingEmail: 'Escriba su dirección de correo electrónico.',
    missingTopic: 'Elija al menos un tema sobre el que quiera recibir noticias.',
    missingConsent: 'Marque la casilla para aceptar antes de inscribirse.',
  },

  follow: {
    heading: 'Seguir sin inscribirse',
    intro:
      'RSS es una forma gratuita de seguir sitios web en una aplicación de noticias. Estos canales vienen directamente de ClinicalTrials.gov.',
    study: 'Cambios en este estudio (canal RSS)',
    condition: (condition: string) => `Estudios nuevos sobre ${condition} (canal RSS)`,
  },
};

/** The second sentence of `outlook`: what this step of research is for (none for studies without a phase). */
function outlookStep(phases: string[]): string | undefined {
  const has = (p: string) => phases.includes(p);
  if (has('EARLY_PHASE1'))
    return 'En este paso muy temprano, pocas personas reciben una cantidad pequeña del tratamiento. Los investigadores buscan saber sobre todo si es seguro y cómo actúa en el cuerpo.';
  if (has('PHASE1') && has('PHASE2'))
    return 'En este paso temprano, los investigadores revisan primero la seguridad y la dosis, y luego si el tratamiento tiene efecto.';
  if (has('PHASE1'))
    return 'En este primer paso, los investigadores revisan sobre todo la seguridad y la dosis correcta en un grupo pequeño.';
  if (has('PHASE2') && has('PHASE3'))
    return 'En este paso, los investigadores revisan primero si el tratamiento tiene efecto, y luego lo prueban en más personas.';
  if (has('PHASE2'))
    return 'En este paso intermedio, los investigadores revisan si el tratamiento tiene efecto y cuáles son sus efectos secundarios.';
  if (has('PHASE3'))
    return 'En este paso avanzado, los investigadores prueban el tratamiento en muchas personas.';
  if (has('PHASE4'))
    return 'El registro lo clasifica como de fase 4: el paso que estudia tratamientos después de su aprobación, para saber más sobre sus efectos buenos y malos.';
  return undefined;
}
