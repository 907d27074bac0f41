import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  Headers,
  HttpCode,
  Post,
  RawBodyRequest,
  Req,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '@allmende/core';
import { StripeWebhookService, WebhookResult } from '../services/stripe-webhook.service';

const HTTP_STATUS: Record<string, number> = {
  WEBHOOK_SIGNATURE_INVALID: 400,
  WEBHOOK_BODY_MISSING: 400,
  // A malformed event never gets better by being delivered again.
  WEBHOOK_EVENT_MALFORMED: 400,
  STRIPE_NOT_CONFIGURED: 404,
  // Stripe delivers again later when we answer with an error.
  WEBHOOK_RETRY_LATER: 503,
};

/** Domain errors as `{ code, message }`; anything else unexpected is a 500, so Stripe retries. */
@Catch(DomainError)
class WebhookErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code] ?? 500)
      .json({ code: error.code, message: error.message });
  }
}

/**
 * Stripe's webhook endpoint. The signature is checked over the raw body (the app is created
 * with `rawBody: true`) before anything is stored; a bad one is a 400 and changes nothing.
 */
@Controller('webhooks')
@UseFilters(WebhookErrorFilter)
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Post('stripe')
  @HttpCode(200)
  async receive(
    @Req() req: RawBodyRequest<Request>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true } & WebhookResult> {
    if (!req.rawBody) throw new DomainError('WEBHOOK_BODY_MISSING', 'Send the event as a JSON body');
    const event = this.webhooks.verify(req.rawBody, signature);
    await this.webhooks.rejectIfMalformed(event, req.rawBody);
    return { received: true, ...(await this.webhooks.process(event)) };
  }
}
